namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>The parameters of <see cref="NetworkComparison"/>.</summary>
/// <param name="Movers">How many organizations to list whose measure rose most, and as many whose measure fell most (0 or more).</param>
/// <param name="Seed">Seeds the Louvain communities behind the modularity figure.</param>
public sealed record ComparisonOptions(int Movers = 5, int Seed = 42);
