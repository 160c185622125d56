namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>Parameters of <see cref="BrokerageRecommender"/>.</summary>
/// <param name="Top">How many recommendations to return at most; default 20, zero or more.</param>
/// <param name="Seed">The seed of the Louvain community detection whose communities the score reads; default 42.</param>
public sealed record BrokerageOptions(int Top = 20, int Seed = 42);
