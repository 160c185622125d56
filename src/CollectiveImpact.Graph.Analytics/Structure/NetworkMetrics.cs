using CollectiveImpact.Graph.Analytics.Clustering;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Structure;

/// <summary>
/// The network-level measures of analyses.md §1 that take at most a few passes over the edges, in one call: size,
/// <see cref="Structure.Density"/>, <see cref="ConnectedComponents"/>, the largest component, its
/// <see cref="Connectivity.Diameter"/> (exact, by iFUB), <see cref="Clustering.Transitivity"/>,
/// <see cref="Clustering.AverageClustering"/>, <see cref="Structure.DegreeCentralization"/>,
/// <see cref="Structure.SectorAssortativity"/> and <see cref="Structure.EIIndex"/>. Each value is exactly what its own
/// measure returns (and so matches the same NetworkX function); see those types for definitions, undefined cases and
/// references. The average shortest path needs every pair of nodes and is left to
/// <see cref="AveragePathLength.Compute(UndirectedGraph, IProgress{double}?, CancellationToken, int?)"/>, so these
/// never wait for it: <see cref="NetworkMetricsResult.AverageShortestPathLength"/> comes back null, for a caller that
/// ran it to fill in.
/// </summary>
/// <remarks>
/// <para><b>Parameters.</b> <c>sectors</c>: each node's sector by node id (an <c>Organization</c>'s sector for the
/// ORGANIZATIONS projection); a node missing from the map, or mapped to <c>null</c>, has no known sector and its
/// edges are left out of the two by-sector measures only. <c>cancellationToken</c>: looked at between the measures and
/// inside the longer ones (components, diameter, triangles); cancelled, the call throws
/// <see cref="OperationCanceledException"/>.</para>
/// <para><b>Complexity.</b> Triangles, O(m^{3/2}) at worst, or the diameter's BFS searches, O(m) each and a handful on
/// real networks (O(n · m) in the worst case, e.g. a long cycle: see <see cref="Connectivity.Diameter"/>); everything
/// else is linear.</para>
/// </remarks>
public static class NetworkMetrics
{
    public static NetworkMetricsResult Compute(
        UndirectedGraph graph,
        IReadOnlyDictionary<string, string?> sectors,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sectors);
        var components = ConnectedComponents.Compute(graph, cancellationToken);
        var diameter = Connectivity.Diameter.Compute(graph, components, cancellationToken);
        var twiceTriangles = Triangles.Twice(graph, weighted: false, cancellationToken);     // one count for both clustering figures
        cancellationToken.ThrowIfCancellationRequested();
        return new NetworkMetricsResult(
            graph.NodeCount,
            graph.EdgeCount,
            Structure.Density.Compute(graph),
            components.Count,
            components.LargestSize,
            diameter,
            Clustering.Transitivity.FromTwiceTriangles(graph, twiceTriangles),
            Clustering.AverageClustering.Mean(LocalClustering.FromTwiceTriangles(graph, twiceTriangles)),
            Structure.DegreeCentralization.Compute(graph),
            Structure.SectorAssortativity.Compute(graph, sectors),
            Structure.EIIndex.Compute(graph, sectors));
    }
}
