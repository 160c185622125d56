using CollectiveImpact.Graph.Analytics.Agenda;

namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// A FEEDS_INTO pipeline: one weakly connected piece of the FEEDS_INTO graph among a set of activities (see
/// <see cref="ReinforcementCheck"/> for the exact definition).
/// </summary>
/// <param name="Activities">
/// Its activities in pipeline order: a topological order of the pipeline with each FEEDS_INTO cycle collapsed to one
/// stage (the cycle's members listed together, by id); among stages free to go first, the one with the smallest id goes first.
/// </param>
/// <param name="Flows">Its FEEDS_INTO ties, ordered by (from, to).</param>
/// <param name="Cycles">The activities of each FEEDS_INTO cycle in it (a strongly connected piece of two or more, or one activity feeding itself), by id.</param>
/// <param name="IsChain">True when it is a simple chain: no cycle, and every activity feeds at most one and is fed by at most one.</param>
public sealed record Pipeline(
    IReadOnlyList<string> Activities,
    IReadOnlyList<ActivityFlow> Flows,
    IReadOnlyList<IReadOnlyList<string>> Cycles,
    bool IsChain);
