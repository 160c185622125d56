using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>
/// What applying a round does (or, in a dry run, would do): the ties added, the ties whose weight changes, how many
/// were already as reported, the pairs left out (an organization no longer in the network), the network version after
/// (before, in a dry run) and the snapshot taken, if asked.
/// </summary>
public sealed record SurveyApplyResult(
    bool DryRun,
    IReadOnlyList<Tie> Added,
    IReadOnlyList<Tie> Updated,
    int Unchanged,
    IReadOnlyList<string> Skipped,
    long Version,
    string? Snapshot);
