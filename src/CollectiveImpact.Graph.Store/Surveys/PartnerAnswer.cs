namespace CollectiveImpact.Graph.Store.Surveys;

/// <summary>
/// One organization's answer about one other invited partner (analyses.md §7; docs/survey.md): whether they work
/// together, and when they do, how often, at what <see cref="Level"/> (1 awareness, 2 cooperative, 3 coordinated,
/// 4 integrated), the three trust answers (<see cref="Reliable"/>, <see cref="SupportsMission"/>,
/// <see cref="OpenToDiscussion"/>) and the three value answers (<see cref="Influence"/>, <see cref="Involvement"/>,
/// <see cref="Resources"/>), each 1–4, and what the collaboration has achieved in the respondent's words. A draft
/// may leave any of them out; <see cref="SurveyRules"/> says what a submitted answer needs.
/// </summary>
public sealed record PartnerAnswer(
    string Partner,
    bool WorksTogether,
    ContactFrequency? Frequency = null,
    int? Level = null,
    int? Reliable = null,
    int? SupportsMission = null,
    int? OpenToDiscussion = null,
    int? Influence = null,
    int? Involvement = null,
    int? Resources = null,
    string? Achieved = null)
{
    /// <summary>The three trust answers in the spec's order, when all three are given; else null.</summary>
    public IReadOnlyList<int>? Trust => Reliable is { } a && SupportsMission is { } b && OpenToDiscussion is { } c ? [a, b, c] : null;

    /// <summary>The three value answers in the spec's order, when all three are given; else null.</summary>
    public IReadOnlyList<int>? Value => Influence is { } a && Involvement is { } b && Resources is { } c ? [a, b, c] : null;
}
