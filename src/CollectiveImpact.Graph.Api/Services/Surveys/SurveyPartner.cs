using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>Another invited partner as the form lists it: id, name and sector, nothing else of the network.</summary>
public sealed record SurveyPartner(string Id, string Name, Sector? Sector);
