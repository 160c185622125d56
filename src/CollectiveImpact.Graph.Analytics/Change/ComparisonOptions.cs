namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>The parameters of <see cref="NetworkComparison"/>.</summary>
/// <param name="Movers">How many organizations to list whose measure rose most, and as many whose measure fell most (0 or more).</param>
/// <param name="Seed">Seeds the Louvain communities behind the modularity figure.</param>
public sealed record ComparisonOptions(int Movers = 5, int Seed = 42)
{
    /// <summary>Above this many organizations on a side, the betweenness of the movers is estimated from <see cref="BetweennessSamples"/> sources (as the equity lens does).</summary>
    public const int ExactBetweennessUpTo = 5_000;

    /// <summary>Sources sampled for the betweenness estimate of a large side (seed 0).</summary>
    public const int BetweennessSamples = 100;
}
