namespace CollectiveImpact.Graph.Store.Surveys;

/// <summary>
/// A partner survey round (docs/survey.md): the organizations invited, the dates it is open (both inclusive), an
/// optional open question of the backbone's own, when it was closed early (<see cref="Closed"/>) and when its answers
/// were applied to the network (<see cref="Applied"/>), with the responses so far. The ids it names are those it was
/// run with: an organization removed from the network since stays in its answers.
/// </summary>
public sealed record SurveyRound(
    string Id,
    string Name,
    DateOnly Opens,
    DateOnly Closes,
    IReadOnlyList<string> Invited,
    string? Question = null,
    DateOnly? Closed = null,
    DateOnly? Applied = null)
{
    public IReadOnlyList<SurveyResponse> Responses { get; init; } = [];

    /// <summary>The day answers stop: the day it was closed, else its closing date.</summary>
    public DateOnly LastDay => Closed is { } closed && closed < Closes ? closed : Closes;

    /// <summary>True when answers are taken on <paramref name="today"/>: opened, not past its closing date, not closed.</summary>
    public bool IsOpenOn(DateOnly today) => Closed is null && Opens <= today && today <= Closes;

    /// <summary>True once it can take no more answers: closed by the backbone, or past its closing date.</summary>
    public bool IsClosedOn(DateOnly today) => Closed is not null || today > Closes;

    public SurveyResponse? ResponseOf(string organization) =>
        Responses.FirstOrDefault(r => string.Equals(r.Organization, organization, StringComparison.Ordinal));
}
