namespace CollectiveImpact.Graph.Analytics.Survey;

/// <summary>
/// What a closed (or running) round holds: the organizations invited, those that submitted, and the submitted
/// answers. Drafts are not here: an answer counts once its organization submitted.
/// </summary>
public sealed record SurveyResponses(
    IReadOnlyList<string> Invited,
    IReadOnlyList<string> Submitted,
    IReadOnlyList<SurveyAnswer> Answers);
