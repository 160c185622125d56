namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>The top recommendations of <see cref="BrokerageRecommender"/>, best first (ties by ids).</summary>
public sealed record BrokerageReport(BrokerageOptions Options, IReadOnlyList<BrokerageRecommendation> Recommendations);
