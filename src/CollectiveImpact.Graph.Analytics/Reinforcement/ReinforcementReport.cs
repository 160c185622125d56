namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>What <see cref="ReinforcementCheck"/> found: per goal (document order), and for the whole initiative.</summary>
/// <param name="Goals">One entry per goal, in document order.</param>
/// <param name="PairCount">Distinct pairs of activities with different leads that share at least one goal.</param>
/// <param name="ReinforcedCount">How many of those are reinforced.</param>
/// <param name="Index">The initiative-wide reinforcement index, <paramref name="ReinforcedCount"/> / <paramref name="PairCount"/>; null when there are no pairs.</param>
/// <param name="Pipelines">The FEEDS_INTO pipelines among all activities of the initiative.</param>
public sealed record ReinforcementReport(
    IReadOnlyList<GoalReinforcement> Goals,
    int PairCount,
    int ReinforcedCount,
    double? Index,
    IReadOnlyList<Pipeline> Pipelines);
