using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>
/// One invited organization as the backbone follows the round: its name and sector (as the network has them now;
/// null when it has left the network), how far it is, and its current link (null when none is live).
/// </summary>
public sealed record SurveyInvitation(
    string Organization,
    string Name,
    Sector? Sector,
    SurveyInvitationStatus Status,
    DateTimeOffset? Updated,
    DateTimeOffset? Submitted,
    ApiKey? Link);
