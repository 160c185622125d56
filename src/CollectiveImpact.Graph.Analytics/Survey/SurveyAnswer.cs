namespace CollectiveImpact.Graph.Analytics.Survey;

/// <summary>
/// One organization's answer about one other partner in a survey round (analyses.md §7): whether they work
/// together, and when they do, how often, at what level (1 awareness … 4 integrated), the three trust answers
/// (reliable, supports the shared mission, open to discussion) and the three value answers (influence, level of
/// involvement, resources contributed), each 1–4.
/// </summary>
public sealed record SurveyAnswer(
    string From,
    string About,
    bool WorksWith,
    int? Level = null,
    IReadOnlyList<int>? Trust = null,
    IReadOnlyList<int>? Value = null);
