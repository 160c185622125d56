using CollectiveImpact.Graph.Store.Surveys;

namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>
/// What a survey link opens (docs/survey.md, "The form"): the round's name, question and dates, who is answering, the
/// other invited partners, and this organization's own response so far. Nothing else of the round or the network.
/// </summary>
public sealed record SurveyForm(
    string Round,
    string Name,
    string? Question,
    DateOnly Opens,
    DateOnly Closes,
    bool IsOpen,
    string Organization,
    string OrganizationName,
    IReadOnlyList<SurveyPartner> Partners,
    SurveyResponse? Response);
