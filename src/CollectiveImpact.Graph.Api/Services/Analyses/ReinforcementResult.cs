using CollectiveImpact.Graph.Analytics.Reinforcement;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>The mutual reinforcement check (<see cref="ReinforcementReport"/>): the initiative's index, per goal, and the FEEDS_INTO pipelines.</summary>
public sealed record ReinforcementResult(
    double? Index,
    int PairCount,
    int ReinforcedCount,
    IReadOnlyList<GoalReinforcementResult> Goals,
    IReadOnlyList<Pipeline> Pipelines);
