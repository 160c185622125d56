using CollectiveImpact.Graph.Analytics.Clustering;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Structure;

/// <summary>
/// Every network-level measure of analyses.md §1 in one call: size, <see cref="Structure.Density"/>,
/// <see cref="ConnectedComponents"/>, <see cref="DistanceMeasures"/> of the largest component,
/// <see cref="Clustering.Transitivity"/>, <see cref="Clustering.AverageClustering"/>,
/// <see cref="Structure.DegreeCentralization"/>, <see cref="Structure.SectorAssortativity"/> and
/// <see cref="Structure.EIIndex"/>. Each value is exactly what its own measure returns (and so matches the same
/// NetworkX function); see those types for definitions, undefined cases and references.
/// </summary>
/// <remarks>
/// <para><b>Parameters.</b> <c>sectors</c>: each node's sector by node id (an <c>Organization</c>'s sector for the
/// ORGANIZATIONS projection); a node missing from the map, or mapped to <c>null</c>, has no known sector and its
/// edges are left out of the two by-sector measures only. <c>maxDegreeOfParallelism</c>: the most threads the distance
/// measures search on (default null: every core; the result does not depend on it). <c>cancellationToken</c>: looked
/// at between the measures and inside the long ones (components, distances, triangles); cancelled, the call throws
/// <see cref="OperationCanceledException"/>.</para>
/// <para><b>Complexity.</b> Dominated by the exact distance measures, O(n · m) (see <see cref="DistanceMeasures"/>);
/// everything else is O(m^{3/2} log n) at worst (triangles) or linear.</para>
/// </remarks>
public static class NetworkMetrics
{
    public static NetworkMetricsResult Compute(
        UndirectedGraph graph,
        IReadOnlyDictionary<string, string?> sectors,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sectors);
        var components = ConnectedComponents.Compute(graph, cancellationToken);
        var distances = DistanceMeasures.Compute(graph, components, maxDegreeOfParallelism, cancellationToken);
        var twiceTriangles = Triangles.Twice(graph, weighted: false, cancellationToken);     // one count for both clustering figures
        cancellationToken.ThrowIfCancellationRequested();
        return new NetworkMetricsResult(
            graph.NodeCount,
            graph.EdgeCount,
            Structure.Density.Compute(graph),
            components.Count,
            components.LargestSize,
            distances.Diameter,
            distances.AverageShortestPathLength,
            Clustering.Transitivity.FromTwiceTriangles(graph, twiceTriangles),
            Clustering.AverageClustering.Mean(LocalClustering.FromTwiceTriangles(graph, twiceTriangles)),
            Structure.DegreeCentralization.Compute(graph),
            Structure.SectorAssortativity.Compute(graph, sectors),
            Structure.EIIndex.Compute(graph, sectors));
    }
}
