using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Closeness centrality with the Wasserman–Faust correction: the reciprocal of a node's average distance to the
/// nodes it can reach, scaled down by the share of the graph it can reach.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> C(v) = ((r − 1) / Σ_{u reachable} d(v, u)) · ((r − 1) / (n − 1)), where r is the number of
/// nodes reachable from v, v included. On a connected graph the second factor is 1 and C(v) = (n − 1) / Σ_u d(v, u)
/// (Freeman's closeness). The factor keeps a node of a small component from outscoring the nodes of a large one.
/// A node that reaches no other (an isolate) and a graph of one node score 0.</para>
/// <para><b>Normalization.</b> Built in (the n − 1 numerator); there is no unnormalized variant in NetworkX.</para>
/// <para><b>Weights.</b> Weighted, distances are sums of weights (a weight is a distance), as NetworkX's
/// <c>distance="weight"</c>.</para>
/// <para><b>Complexity.</b> One breadth-first search (Dijkstra when weighted) per node: O(nm), or O(nm + n² log n)
/// weighted; sources are split across the cores. Unweighted, the searches run 64 at a time as bit-parallel BFS
/// and each node's sums are counted where the searches reach it (see <see cref="UnweightedDistanceSums"/>).</para>
/// <para><b>References.</b> Freeman, L. C., "Centrality in social networks: conceptual clarification", Social
/// Networks 1(3), 215–239, 1978. doi:10.1016/0378-8733(78)90021-7. Wasserman, S. and Faust, K., Social Network
/// Analysis: Methods and Applications, Cambridge University Press, 1994. doi:10.1017/CBO9780511815478.</para>
/// <para><b>NetworkX.</b> <c>nx.closeness_centrality(G, distance=None, wf_improved=True)</c>.</para>
/// </remarks>
public static class ClosenessCentrality
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
        var n = graph.NodeCount;
        var scores = new double[n];
        if (!weighted)
        {
            var sums = UnweightedDistanceSums.ComputeReachAndDistance(graph, workers, cancellationToken, progress);
            for (var v = 0; v < n; v++)
            {
                double others = sums.Reached[v], total = sums.DistanceTotal[v];
                scores[v] = total > 0.0 && n > 1 ? others / total * (others / (n - 1.0)) : 0.0;
            }

            return new NodeScores(graph, scores);
        }

        SourceParallel.ForEachSource(graph, weighted, countPaths: false, workers, cancellationToken, progress, (source, search) =>
        {
            var distance = search.Distance;
            var total = 0.0;
            foreach (var u in search.Order)
            {
                total += distance[u];
            }

            var others = search.Order.Length - 1.0;
            scores[source] = total > 0.0 && n > 1 ? others / total * (others / (n - 1.0)) : 0.0;
        });

        return new NodeScores(graph, scores);
    }
}
