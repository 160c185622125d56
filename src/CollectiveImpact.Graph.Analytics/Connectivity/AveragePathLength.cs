using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// The average shortest path length of the largest connected component: how many steps separate two of its nodes on
/// average. Matches NetworkX's <c>nx.average_shortest_path_length(C)</c> on
/// <c>C = G.subgraph(max(nx.connected_components(G), key=len))</c>, unweighted (hops). Exact, not sampled; it needs every
/// pair, so it is the one network-level measure that grows as n · m — run it on its own (a background job on large
/// projections), apart from the cheap ones in <see cref="Structure.NetworkMetrics"/>.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> With <c>d(s, t)</c> the hop distance and <c>k</c> the component's size:
/// <c>a = Σ_{s ≠ t} d(s, t) / (k (k − 1))</c>.</para>
/// <para><b>Normalization.</b> None: hops. Restricting to the largest component keeps it finite on a disconnected
/// network (NetworkX raises on the whole graph then); ties for the largest go to the one with the lowest node index.
/// <c>null</c> for an empty graph (NetworkX raises <c>NetworkXPointlessConcept</c>), 0 for a single node.</para>
/// <para><b>Weighted.</b> Not weighted: every edge is one hop (NetworkX's <c>weight=None</c>).</para>
/// <para><b>Parameters.</b> <c>progress</c>: told the fraction of the sources searched, 0 to 1, after each slice of
/// about a hundredth of them (null: not told). <c>maxDegreeOfParallelism</c>: the most threads the searches run on (null:
/// every core; the result does not depend on it). <c>cancellationToken</c>: looked at once per BFS level of each sweep;
/// cancelled, the call throws <see cref="OperationCanceledException"/>.</para>
/// <para><b>Complexity.</b> A breadth-first search from every node of the component, O(k · m), run 64 sources at a time
/// as bit-parallel multi-source BFS (Then et al. 2015; <c>Traversal.UnweightedDistanceSums</c>), one sweep costing
/// O(m · (D + 1)) word operations, on all cores. Memory O(n) per core. Measured on a random connected graph of 20,000
/// nodes and 100,000 edges (2 shared cores): 8 s, against 65 s for one plain BFS per node.</para>
/// <para><b>References.</b> Newman, M. E. J., <i>Networks</i>, 2nd ed., Oxford University Press (2018),
/// doi:10.1093/oso/9780198805090.001.0001 (§ 6.11.1, distances). Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A.,
/// Pham, K., Kemper, A., Neumann, T. and Vo, H. T., "The more the merrier: efficient multi-source graph traversal",
/// Proceedings of the VLDB Endowment 8(4), 449–460 (2014), doi:10.14778/2735496.2735507.</para>
/// </remarks>
public static class AveragePathLength
{
    /// <summary>Progress reports per call, at most.</summary>
    private const int Slices = 100;

    /// <summary>Sources per multi-source sweep (one machine word of sources).</summary>
    private const int SweepWidth = 64;

    public static double? Compute(
        UndirectedGraph graph,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default,
        int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Compute(graph, ConnectedComponents.Compute(graph, cancellationToken), progress, cancellationToken, maxDegreeOfParallelism);
    }

    /// <summary>As <see cref="Compute(UndirectedGraph, IProgress{double}?, CancellationToken, int?)"/>, reusing components already computed for <paramref name="graph"/>.</summary>
    public static double? Compute(
        UndirectedGraph graph,
        ConnectedComponentsResult components,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default,
        int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(components);
        if (!ReferenceEquals(components.Graph, graph))
        {
            throw new ArgumentException("The components were computed for another graph.", nameof(components));
        }

        var workers = Parallelism.Resolve(maxDegreeOfParallelism);
        if (components.Largest < 0)
        {
            return null;
        }

        var members = components.Members(components.Largest).ToArray();
        var k = members.Length;
        if (k == 1)
        {
            progress?.Report(1.0);
            return 0.0;
        }

        // Slices of whole sweeps for every worker, so slicing for progress leaves no worker idle mid-slice.
        var round = SweepWidth * workers;
        var slice = Math.Max(round, (k + Slices - 1) / Slices / round * round);
        long totalDistance = 0;
        for (var first = 0; first < k; first += slice)
        {
            var sources = new ArraySegment<int>(members, first, Math.Min(slice, k - first));
            var sums = UnweightedDistanceSums.Compute(graph, sources, workers, cancellationToken);
            foreach (var node in sources)
            {
                totalDistance += sums.DistanceTotal[node];
            }

            progress?.Report((double)(first + sources.Count) / k);
        }

        return (double)totalDistance / ((double)k * (k - 1));
    }
}
