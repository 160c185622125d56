using CollectiveImpact.Graph.Analytics.Brokerage;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>The reinforcement index (analyses.md §4) of the whole initiative and of each goal, on both sides.</summary>
/// <param name="Index">The whole initiative's index.</param>
/// <param name="Goals">Every goal on either side, by id.</param>
public sealed record ReinforcementChange(MetricChange Index, IReadOnlyList<GoalIndexChange> Goals);
