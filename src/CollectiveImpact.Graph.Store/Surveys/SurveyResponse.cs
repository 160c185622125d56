namespace CollectiveImpact.Graph.Store.Surveys;

/// <summary>
/// What one invited organization answered in a round: a draft until <see cref="Submitted"/> is set. It can be changed
/// (and submitted again) until the round closes; <see cref="Updated"/> is the last save.
/// </summary>
public sealed record SurveyResponse(
    string Organization,
    DateTimeOffset Updated,
    DateTimeOffset? Submitted,
    IReadOnlyList<PartnerAnswer> Answers,
    string? OpenAnswer = null)
{
    public bool IsSubmitted => Submitted is not null;
}
