using CollectiveImpact.Graph.Analytics.Brokerage;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>One goal's reinforcement index on both sides (null on a side where it has no pair of activities with different leads).</summary>
public sealed record GoalIndexChange(string Goal, string Name, MetricChange Index);
