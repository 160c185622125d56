namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>The per-node centrality measures of analyses.md §1, each matching a NetworkX 3.x function.</summary>
public enum CentralityMeasure
{
    /// <summary>Number of ties, or <c>nx.degree_centrality</c> when normalized. See <see cref="DegreeCentrality"/>.</summary>
    Degree,

    /// <summary>Sum of incident tie weights, <c>G.degree(weight="weight")</c>. See <see cref="WeightedDegree"/>.</summary>
    WeightedDegree,

    /// <summary>Shortest-path betweenness, <c>nx.betweenness_centrality</c>. See <see cref="BetweennessCentrality"/>.</summary>
    Betweenness,

    /// <summary>Wasserman–Faust closeness, <c>nx.closeness_centrality</c>. See <see cref="ClosenessCentrality"/>.</summary>
    Closeness,

    /// <summary>Sum of inverse distances, <c>nx.harmonic_centrality</c>. See <see cref="HarmonicCentrality"/>.</summary>
    Harmonic,

    /// <summary>Power-iteration eigenvector centrality, <c>nx.eigenvector_centrality</c>. See <see cref="EigenvectorCentrality"/>.</summary>
    Eigenvector,

    /// <summary>PageRank with damping 0.85, <c>nx.pagerank</c>. See <see cref="PageRank"/>.</summary>
    PageRank,
}
