namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>What the ORGANIZATIONS network would look like with <see cref="Introductions"/> made (<see cref="WhatIf"/>).</summary>
/// <param name="Introductions">The recommendations applied, best first.</param>
/// <param name="Components">Connected components of the ORGANIZATIONS projection.</param>
/// <param name="AverageShortestPath">Average shortest path length (in steps) of its largest component; null when that has one node.</param>
/// <param name="ReinforcementIndex">The initiative-wide reinforcement index (<see cref="Reinforcement.ReinforcementCheck"/>).</param>
public sealed record WhatIfReport(
    IReadOnlyList<BrokerageRecommendation> Introductions,
    MetricChange Components,
    MetricChange AverageShortestPath,
    MetricChange ReinforcementIndex);
