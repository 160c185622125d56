namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>How mutually reinforcing the activities of one goal are (<see cref="ReinforcementCheck"/>).</summary>
/// <param name="Goal">The goal's id.</param>
/// <param name="Name">The goal's name.</param>
/// <param name="Activities">The activities contributing to the goal through its indicators, by id.</param>
/// <param name="PairCount">Pairs of those activities with different leads.</param>
/// <param name="ReinforcedCount">Those pairs joined by FEEDS_INTO or by their leads' tie in the ORGANIZATIONS projection.</param>
/// <param name="Index"><paramref name="ReinforcedCount"/> / <paramref name="PairCount"/>; null when there are no pairs.</param>
/// <param name="UnreinforcedPairs">The pairs that are not reinforced, by ids.</param>
/// <param name="Pipelines">The FEEDS_INTO pipelines among the goal's activities.</param>
public sealed record GoalReinforcement(
    string Goal,
    string Name,
    IReadOnlyList<string> Activities,
    int PairCount,
    int ReinforcedCount,
    double? Index,
    IReadOnlyList<ActivityPair> UnreinforcedPairs,
    IReadOnlyList<Pipeline> Pipelines);
