using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Shortest-path betweenness centrality: how many shortest paths between other pairs of nodes pass through a node,
/// the share of the brokering a node could do between the others.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> C_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t), over unordered pairs {s, t}, where σ(s, t) is
/// the number of shortest s–t paths and σ(s, t | v) the number of those through v. Pairs with no path add nothing.</para>
/// <para><b>Normalization.</b> Normalized (the default), divided by the number of pairs of other nodes,
/// (n − 1)(n − 2) / 2, so a star's hub scores 1; for n ≤ 2 every score is 0. Unnormalized, the count over unordered
/// pairs (the sum over ordered pairs, halved).</para>
/// <para><b>Weights.</b> Weighted, a path's length is the sum of its weights (a weight is a distance: Dijkstra
/// instead of breadth-first search), as <c>nx.betweenness_centrality(G, weight="weight")</c>. Equal lengths compare
/// exactly, as in NetworkX, so with non-integer weights paths that differ only by rounding count as different.</para>
/// <para><b>Sampling.</b> With a sample size k &lt; n, only k sources s, drawn uniformly without replacement with
/// the seed, are summed, and the sums are scaled up as NetworkX 3.6 does (Brandes and Pich 2007), treating the
/// sampled sources apart because a source is never an interior node of its own paths: normalized, a source is
/// multiplied by 1 / ((k − 1)(n − 2)) and any other node by 1 / (k (n − 2)); unnormalized, by (n − 1) / (2 (k − 1))
/// and (n − 1) / (2k). So the estimate is unbiased for either kind of node and k = n gives the exact scores. With
/// k = 1 the one source's score is undefined (NaN), as in NetworkX. NetworkX's own sample cannot be reproduced (it
/// draws with Python's RNG); this one is deterministic for a seed. The result states an error bound that holds for
/// every node at once with probability 0.95 (<see cref="BetweennessErrorBound"/>).</para>
/// <para><b>Exact computation.</b> Vertices of degree 1 are folded into their neighbour again and again (Baglioni et
/// al. 2012; <see cref="BetweennessPendantFolding"/>): a pendant tree's share is counted in closed form and Brandes
/// runs only on what is left, each remaining vertex standing for the tree folded into it. On a collective impact
/// network, where most people tie to one organization, that removes most of the nodes. Unweighted, the searches on
/// what is left run sixteen sources at a time (<see cref="BetweennessBatchedBrandes"/>; Then et al. 2014, 2017):
/// sources that share a hub (<see cref="BetweennessBatchPlan"/>) are at one distance from most vertices and share one
/// adjacency scan per vertex and distance, the path counts of all sixteen in two cache lines. The scores are those of
/// one source at a time up to the order of the additions (within 1e-13 relative on the benchmark graphs), and do not
/// depend on the number of threads. Folding is used unweighted
/// and with whole-number weights; with fractional weights plain Brandes runs, so that ties between path lengths that
/// differ only by rounding fall exactly as in NetworkX. Path counts σ are doubles, as in NetworkX: exact up to 2^53
/// shortest paths between a pair, rounded beyond (never overflowing).</para>
/// <para><b>Complexity.</b> Brandes' algorithm: O(nm) time unweighted, O(nm + n² log n) weighted, O(n + m) memory
/// per worker; with folding, n and m are those of the graph left (the 2-core), plus O(n + m) to fold. Sampled, k/n of
/// plain Brandes, never folded. Sources are split across the cores.</para>
/// <para><b>References.</b> Freeman, L. C., "A set of measures of centrality based on betweenness", Sociometry
/// 40(1), 35–41, 1977. doi:10.2307/3033543. Brandes, U., "A faster algorithm for betweenness centrality", Journal of
/// Mathematical Sociology 25(2), 163–177, 2001. doi:10.1080/0022250X.2001.9990249. Baglioni, M., Geraci, F.,
/// Pellegrini, M. and Lastres, E., "Fast exact computation of betweenness centrality in social networks", ASONAM 2012,
/// 450–456. doi:10.1109/ASONAM.2012.79. Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K., Kemper, A.,
/// Neumann, T. and Vo, H. T., "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4), 449–460,
/// 2014. doi:10.14778/2735496.2735507. Then, M., Günnemann, S., Kemper, A. and Neumann, T., "Efficient batched distance
/// and centrality computation in unweighted and weighted graphs", BTW 2017, 247–266.
/// Brandes, U., "On variants of
/// shortest-path betweenness centrality and their generic computation", Social Networks 30(2), 136–145, 2008.
/// doi:10.1016/j.socnet.2007.11.001. Brandes, U. and Pich, C., "Centrality estimation in large networks",
/// International Journal of Bifurcation and Chaos 17(7), 2303–2318, 2007. doi:10.1142/S0218127407018403.</para>
/// <para><b>NetworkX.</b> <c>nx.betweenness_centrality(G, k=None, normalized=True, weight=None, endpoints=False)</c>.</para>
/// </remarks>
public static class BetweennessCentrality
{
    /// <param name="graph">The graph.</param>
    /// <param name="normalized">Divide by the number of pairs of other nodes (default true).</param>
    /// <param name="weighted">Read weights as edge lengths (default false: every edge has length 1).</param>
    /// <param name="sampleSize">Number of sampled sources, 1..n; null (default) for the exact scores.</param>
    /// <param name="seed">Seed for the sample (default 0); ignored when exact.</param>
    /// <param name="maxDegreeOfParallelism">Most threads the searches run on; null (default) for every core. The result
    /// does not depend on it.</param>
    /// <param name="cancellationToken">Looked at before each source's search (each batch of up to sixteen sources, exact
    /// and unweighted); cancelled, the call throws
    /// <see cref="OperationCanceledException"/>.</param>
    /// <param name="progress">Told the fraction of the searches done, 0 to 1, at most about a hundred times; null
    /// (default) for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleSize"/> is below 1 or above n, or
    /// <paramref name="maxDegreeOfParallelism"/> below 1.</exception>
    public static BetweennessResult Compute(
        UndirectedGraph graph,
        bool normalized = true,
        bool weighted = false,
        int? sampleSize = null,
        int seed = 0,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var workers = Parallelism.Resolve(maxDegreeOfParallelism);
        var n = graph.NodeCount;
        if (sampleSize is { } k && (k < 1 || k > n))
        {
            throw new ArgumentOutOfRangeException(nameof(sampleSize), sampleSize, $"The sample size must be between 1 and the number of nodes ({n}).");
        }

        if (sampleSize is null)
        {
            var exact = OrderedPairSums(graph, weighted, fold: true, workers, cancellationToken, progress);
            Rescale(exact, [], normalized, sampled: false);
            return new BetweennessResult(new NodeScores(graph, exact), normalized, weighted, null, null, [], ErrorBound: null);
        }

        // A sample of every node is the exact computation. A smaller one runs plain Brandes from the sampled sources:
        // folding would change which pairs a source stands for.
        var sources = SourceSample.Draw(n, sampleSize.Value, seed);
        var sampled = sampleSize < n;
        var scores = sampled
            ? SourceParallel.Sum(graph, sources, weighted, countPaths: true, workers, cancellationToken, progress, AccumulateDependencies)
            : OrderedPairSums(graph, weighted, fold: true, workers, cancellationToken, progress);
        Rescale(scores, sources, normalized, sampled);

        return new BetweennessResult(
            new NodeScores(graph, scores),
            normalized,
            weighted,
            sampleSize,
            seed,
            sources.Select(i => graph.NodeIds[i]).ToArray(),
            BetweennessErrorBound.Hoeffding(n, sampleSize.Value));
    }

    /// <summary>
    /// Exact betweenness before rescaling: for each node, Σ over ordered pairs (s, t), s ≠ v ≠ t, of σ(s, t | v) /
    /// σ(s, t). With <paramref name="fold"/>, pendant trees are folded first (<see cref="BetweennessPendantFolding"/>)
    /// where that is exact (unweighted, or whole-number lengths); otherwise plain Brandes from every node. Both give the
    /// same numbers up to rounding.
    /// </summary>
    internal static double[] OrderedPairSums(
        UndirectedGraph graph, bool weighted, bool fold, int workers, CancellationToken cancellationToken, IProgress<double>? progress)
    {
        var n = graph.NodeCount;
        if (!fold || !BetweennessPendantFolding.IsExact(graph, weighted))
        {
            return SourceParallel.Sum(graph, Enumerable.Range(0, n).ToArray(), weighted, countPaths: true, workers, cancellationToken, progress, AccumulateDependencies);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var folding = BetweennessPendantFolding.Fold(graph);
        var core = folding.Core;
        var omega = folding.CoreWeight;
        var coreSums = core.NodeCount == 0
            ? []
            : !weighted
            ? BatchedCoreSums(core, omega, BetweennessBatchPlan.ByHub(core), batches: null, workers, cancellationToken, progress)
            : SourceParallel.Sum(
                core,
                Enumerable.Range(0, core.NodeCount).ToArray(),
                weighted,
                countPaths: true,
                workers,
                cancellationToken,
                progress,
                (source, search, dependency, total) => AccumulateWeightedDependencies(source, search, omega, dependency, total));

        var sums = folding.TreeTerm;
        for (var c = 0; c < coreSums.Length; c++)
        {
            sums[folding.CoreToOriginal[c]] += coreSums[c];
        }

        return sums;
    }

    /// <summary>
    /// The unweighted searches on the folded core: every vertex a source, sixteen at a time, grouped by hub
    /// (<see cref="BetweennessBatchPlan"/>), the batches split across <paramref name="workers"/> threads, one kernel
    /// each. For each core vertex v, Σ over the sources s ≠ v of the given batches (null: all of them) of
    /// ω(s) · δ(s | v).
    /// </summary>
    internal static double[] BatchedCoreSums(
        UndirectedGraph core,
        double[] omega,
        BetweennessBatchPlan plan,
        IReadOnlyList<int>? batches,
        int workers,
        CancellationToken cancellationToken,
        IProgress<double>? progress) =>
        SourceParallel.Sum(
            core.NodeCount,
            batches ?? Enumerable.Range(0, plan.BatchCount).ToArray(),
            workers,
            cancellationToken,
            progress,
            () => new BetweennessBatchedBrandes(core, omega),
            (batch, worker, total) => worker.Accumulate(plan.Batch(batch), total));

    private static void AccumulateDependencies(int source, ShortestPathSearch search, double[] dependency, double[] total)
    {
        var graph = search.Graph;
        var distance = search.Distance;
        var sigma = search.PathCount;
        var order = search.Order;
        for (var i = order.Length - 1; i >= 0; i--)
        {
            var w = order[i];
            var coefficient = (1.0 + dependency[w]) / sigma[w];
            var neighbors = graph.Neighbors(w);
            var weights = graph.NeighborWeights(w);
            for (var j = 0; j < neighbors.Length; j++)
            {
                var v = neighbors[j];
                if (distance[v] + search.EdgeLength(weights, j) == distance[w])
                {
                    dependency[v] += sigma[v] * coefficient;
                }
            }

            if (w != source)
            {
                total[w] += dependency[w];
            }
        }

        foreach (var v in order)
        {
            dependency[v] = 0.0;
        }
    }

    /// <summary>
    /// Brandes' accumulation on the folded core, each target w standing for its ω(w) original vertices and the source
    /// for ω(s): δ(v) = Σ_{w : v precedes w} σ(v) / σ(w) · (ω(w) + δ(w)), and v scores ω(s) · δ(v).
    /// </summary>
    private static void AccumulateWeightedDependencies(int source, ShortestPathSearch search, double[] omega, double[] dependency, double[] total)
    {
        var graph = search.Graph;
        var distance = search.Distance;
        var sigma = search.PathCount;
        var order = search.Order;
        var sourceWeight = omega[source];
        for (var i = order.Length - 1; i > 0; i--)
        {
            var w = order[i];
            var coefficient = (omega[w] + dependency[w]) / sigma[w];
            var neighbors = graph.Neighbors(w);
            var weights = graph.NeighborWeights(w);
            var dw = distance[w];
            for (var j = 0; j < neighbors.Length; j++)
            {
                var v = neighbors[j];
                if (distance[v] + search.EdgeLength(weights, j) == dw)
                {
                    dependency[v] += sigma[v] * coefficient;
                }
            }

            total[w] += sourceWeight * dependency[w];
        }

        foreach (var v in order)
        {
            dependency[v] = 0.0;
        }
    }

    /// <summary>NetworkX 3.6's <c>_rescale</c> with <c>endpoints=False</c> on an undirected graph.</summary>
    private static void Rescale(double[] scores, int[] sources, bool normalized, bool sampled)
    {
        var pairsPerNode = scores.Length - 1;
        if (pairsPerNode < 2)
        {
            return; // n ≤ 2: no node can lie between two others; every score is already 0.
        }

        var k = sources.Length;
        if (!sampled)
        {
            // Brandes sums over ordered pairs; unnormalized, each unordered pair was counted twice.
            var scale = normalized ? 1.0 / (pairsPerNode * (pairsPerNode - 1.0)) : 0.5;
            for (var v = 0; v < scores.Length; v++)
            {
                scores[v] *= scale;
            }

            return;
        }

        var (sourceScale, otherScale) = normalized
            ? (k > 1 ? 1.0 / ((k - 1.0) * (pairsPerNode - 1.0)) : double.NaN, 1.0 / (k * (pairsPerNode - 1.0)))
            : (k > 1 ? pairsPerNode / ((k - 1.0) * 2.0) : double.NaN, pairsPerNode / (k * 2.0));
        var isSource = new bool[scores.Length];
        foreach (var s in sources)
        {
            isSource[s] = true;
        }

        for (var v = 0; v < scores.Length; v++)
        {
            scores[v] *= isSource[v] ? sourceScale : otherScale;
        }
    }
}
