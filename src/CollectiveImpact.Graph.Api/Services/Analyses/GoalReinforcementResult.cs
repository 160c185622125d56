using CollectiveImpact.Graph.Analytics.Reinforcement;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// How mutually reinforcing one goal's activities are (<see cref="GoalReinforcement"/>, with its pairs as plain
/// records so the result can be cached).
/// </summary>
public sealed record GoalReinforcementResult(
    string Goal,
    IReadOnlyList<string> Activities,
    int PairCount,
    int ReinforcedCount,
    double? Index,
    IReadOnlyList<UnreinforcedPair> UnreinforcedPairs,
    IReadOnlyList<Pipeline> Pipelines);
