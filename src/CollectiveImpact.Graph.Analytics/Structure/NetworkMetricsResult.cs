namespace CollectiveImpact.Graph.Analytics.Structure;

/// <summary>
/// The network-level shape of a graph (analyses.md §1, per network), each value as the measure named in
/// <see cref="NetworkMetrics"/> defines it; <c>null</c> marks a value the measure leaves undefined for this graph.
/// </summary>
/// <param name="Nodes">Number of nodes.</param>
/// <param name="Edges">Number of edges.</param>
/// <param name="Density">See <see cref="Structure.Density"/> (0 below two nodes, as NetworkX).</param>
/// <param name="ComponentCount">Connected components, isolates included.</param>
/// <param name="LargestComponentSize">Nodes in the largest component (0 for an empty graph).</param>
/// <param name="Diameter">Of the largest component, in hops (exact, by iFUB); null for an empty graph.</param>
/// <param name="Transitivity">Global clustering (0 without triangles, as NetworkX).</param>
/// <param name="AverageClustering">Mean local clustering, zeros counted; null for an empty graph.</param>
/// <param name="DegreeCentralization">Freeman's; null below three nodes.</param>
/// <param name="SectorAssortativity">Null without a cross- or within-sector contrast to measure.</param>
/// <param name="EIIndex">Krackhardt and Stern's E-I index by sector, whole network and per sector.</param>
public sealed record NetworkMetricsResult(
    int Nodes,
    int Edges,
    double Density,
    int ComponentCount,
    int LargestComponentSize,
    int? Diameter,
    double Transitivity,
    double? AverageClustering,
    double? DegreeCentralization,
    double? SectorAssortativity,
    EIIndexResult EIIndex)
{
    /// <summary>
    /// Mean shortest path between the largest component's nodes, in hops (<see cref="Connectivity.AveragePathLength"/>):
    /// null as <see cref="NetworkMetrics.Compute"/> returns it, since it needs every pair; a caller that ran
    /// <see cref="Connectivity.AveragePathLength"/> sets it (still null for an empty graph).
    /// </summary>
    public double? AverageShortestPathLength { get; init; }
}
