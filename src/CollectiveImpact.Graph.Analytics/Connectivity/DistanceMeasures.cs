using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// Diameter and average shortest path length of the largest connected component together: <see cref="Diameter"/>
/// (exact, by iFUB) and <see cref="AveragePathLength"/> (exact, all pairs), as NetworkX's <c>nx.diameter(C)</c> and
/// <c>nx.average_shortest_path_length(C)</c> on <c>C = G.subgraph(max(nx.connected_components(G), key=len))</c>,
/// unweighted (hops). See those two for definitions, undefined cases and references.
/// </summary>
/// <remarks>
/// <para><b>Complexity.</b> Dominated by the average path, O(k · m) for a component of k nodes (see
/// <see cref="AveragePathLength"/>); the diameter adds a few BFS, O(m) each. Callers that need only the diameter call
/// <see cref="Diameter"/>, which never waits for all pairs.</para>
/// </remarks>
public static class DistanceMeasures
{
    public static DistanceMeasuresResult Compute(
        UndirectedGraph graph, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Compute(graph, ConnectedComponents.Compute(graph, cancellationToken), maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>As <see cref="Compute(UndirectedGraph, int?, CancellationToken)"/>, reusing components already computed for <paramref name="graph"/>.</summary>
    public static DistanceMeasuresResult Compute(
        UndirectedGraph graph,
        ConnectedComponentsResult components,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(components);
        var average = AveragePathLength.Compute(graph, components, progress: null, cancellationToken, maxDegreeOfParallelism);
        return new DistanceMeasuresResult(components.LargestSize, Diameter.Compute(graph, components, cancellationToken), average);
    }
}
