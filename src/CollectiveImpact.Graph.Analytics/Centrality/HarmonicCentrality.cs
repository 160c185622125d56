using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Harmonic centrality: the sum of the reciprocals of a node's distances to every other node, so unreachable nodes
/// simply add nothing and disconnected graphs need no correction.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> H(v) = Σ_{u ≠ v} 1 / d(v, u), with 1/∞ = 0.</para>
/// <para><b>Normalization.</b> None, as in NetworkX (dividing by n − 1 would give a value in [0, 1] with 1 for a node
/// tied to everyone; NetworkX does not, so neither does this).</para>
/// <para><b>Weights.</b> Weighted, distances are sums of weights (a weight is a distance), as NetworkX's
/// <c>distance="weight"</c>.</para>
/// <para><b>Complexity.</b> One breadth-first search (Dijkstra when weighted) per node: O(nm), or O(nm + n² log n)
/// weighted; sources are split across the cores. Unweighted, the searches run 64 at a time as bit-parallel BFS
/// (see <see cref="UnweightedDistanceSums"/>), and each node's inverse distances are summed level by level.</para>
/// <para><b>References.</b> Marchiori, M. and Latora, V., "Harmony in the small-world", Physica A 285(3–4),
/// 539–546, 2000. doi:10.1016/S0378-4371(00)00311-3. Boldi, P. and Vigna, S., "Axioms for centrality", Internet
/// Mathematics 10(3–4), 222–262, 2014. doi:10.1080/15427951.2013.865686.</para>
/// <para><b>NetworkX.</b> <c>nx.harmonic_centrality(G, distance=None)</c>.</para>
/// </remarks>
public static class HarmonicCentrality
{
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">Read weights as edge lengths (default false: every edge has length 1).</param>
    /// <param name="maxDegreeOfParallelism">Most threads the searches run on; null (default) for every core. The result
    /// does not depend on it.</param>
    /// <param name="cancellationToken">Looked at before each search (each sweep level unweighted); cancelled, the call
    /// throws <see cref="OperationCanceledException"/>.</param>
    /// <param name="progress">Told the fraction of the searches done, 0 to 1, at most about a hundred times; null
    /// (default) for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public static NodeScores Compute(
        UndirectedGraph graph,
        bool weighted = false,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var workers = Parallelism.Resolve(maxDegreeOfParallelism);
        if (!weighted)
        {
            return new NodeScores(graph, UnweightedDistanceSums.Compute(graph, sources: null, workers, cancellationToken, progress).InverseDistanceTotal);
        }

        var scores = new double[graph.NodeCount];
        SourceParallel.ForEachSource(graph, weighted, countPaths: false, workers, cancellationToken, progress, (source, search) =>
        {
            // On an undirected graph d(v, u) = d(u, v), so the sum from the source is the source's own score.
            var distance = search.Distance;
            var total = 0.0;
            foreach (var u in search.Order[1..])
            {
                total += 1.0 / distance[u];
            }

            scores[source] = total;
        });

        return new NodeScores(graph, scores);
    }
}
