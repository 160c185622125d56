using CollectiveImpact.Graph.Analytics.Brokerage;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>The equity lens's summary of one measure on both sides: the means of community-led and other organizations, and their difference.</summary>
/// <param name="Measure">The measure, as the equity lens names it (Degree, Betweenness, …, Constraint, EffectiveSize).</param>
/// <param name="CommunityLedMean">The mean over community-led organizations.</param>
/// <param name="OthersMean">The mean over the other organizations.</param>
/// <param name="Difference">Community-led mean − others' mean: below zero, community-led organizations sit further at the edge (for constraint, the other way round).</param>
public sealed record EquityChange(string Measure, MetricChange CommunityLedMean, MetricChange OthersMean, MetricChange Difference);
