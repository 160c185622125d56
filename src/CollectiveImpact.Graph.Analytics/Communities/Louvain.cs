using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Communities;

/// <summary>
/// Louvain community detection: the partition of the nodes that greedily maximizes modularity, found level by level.
/// </summary>
/// <remarks>
/// <para><b>Method</b>: (1) every node starts in its own community; visiting the nodes in a random order, each moves to
/// the neighbouring community with the largest positive modularity gain
/// ΔQ = k_i,in / m − γ · Σ_tot · k_i / (2m²) (relative to staying alone), sweeping until a sweep moves nothing;
/// (2) each community becomes one node of a new graph (weights between communities summed, weights inside them as
/// self-loops), and (1) runs again. Levels continue while a level raises modularity by more than
/// <c>threshold</c>; the last partition is returned (as NetworkX's <c>louvain_communities</c> returns the last of
/// <c>louvain_partitions</c>).</para>
/// <para><b>Weighted</b>: by edge weight. <b>Resolution</b> γ (default 1) as in <see cref="Modularity"/>.</para>
/// <para><b>Randomness</b>: each level shuffles its node order with one generator seeded by <c>seed</c>, as NetworkX
/// does; the same seed gives the same partition. The generator is .NET's <see cref="Random"/>, not Python's, so a seed
/// does not reproduce NetworkX's partition for that seed — only its quality (the tests hold modularity within 0.02 of
/// NetworkX's).</para>
/// <para><b>Edge cases</b>: a graph without edges keeps every node in its own community (modularity NaN: undefined, where
/// NetworkX's <c>modularity</c> raises <c>ZeroDivisionError</c>); one level is reported, as NetworkX yields one
/// partition.</para>
/// <para><b>Guard</b>: a level stops after <see cref="MaxSweepsPerLevel"/> sweeps even if nodes still move (every move
/// raises modularity, so this only guards against floating-point cycling; NetworkX has no such guard).</para>
/// <para><b>Cancellation</b>: the token is looked at before each level and sweep and every 1,024 node visits of a
/// sweep, so a cancelled detection throws <see cref="OperationCanceledException"/> within microseconds of work.</para>
/// <para><b>Complexity</b>: O(E) per sweep; in practice O(E log V) overall. Flat arrays, no hashing in the inner loop.</para>
/// <para><b>NetworkX</b>: <c>nx.community.louvain_communities(G, weight="weight", resolution=1, threshold=1e-07,
/// seed=seed)</c>.</para>
/// <para><b>References</b>: V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding of
/// communities in large networks", J. Stat. Mech. (2008) P10008, doi:10.1088/1742-5468/2008/10/P10008.</para>
/// </remarks>
public static class Louvain
{
    /// <summary>NetworkX's default least gain for another level.</summary>
    public const double DefaultThreshold = 1e-7;

    public const int MaxSweepsPerLevel = 1000;

    /// <summary>The Louvain communities of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="seed">Seeds the node-order shuffles.</param>
    /// <param name="resolution">γ, finite; 1 is Newman's modularity.</param>
    /// <param name="threshold">Zero or more: the least modularity gain for another level.</param>
    /// <param name="cancellationToken">Stops the detection with <see cref="OperationCanceledException"/>.</param>
    public static LouvainResult Detect(
        UndirectedGraph graph,
        int seed,
        double resolution = 1.0,
        double threshold = DefaultThreshold,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        cancellationToken.ThrowIfCancellationRequested();
        Modularity.CheckResolution(resolution);
        if (!(threshold >= 0) || double.IsInfinity(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be a finite number, zero or more.");
        }

        var n = graph.NodeCount;
        var membership = new int[n];
        for (var u = 0; u < n; u++)
        {
            membership[u] = u;
        }

        var levels = 1;
        if (graph.EdgeCount > 0)
        {
            levels = FindPartition(graph, membership, seed, resolution, threshold, cancellationToken);
        }

        return Sorted(graph, membership, seed, levels, resolution, threshold);
    }

    /// <summary>Runs the levels, leaving each node's community in <paramref name="membership"/>; returns how many levels there were.</summary>
    private static int FindPartition(
        UndirectedGraph graph, int[] membership, int seed, double resolution, double threshold, CancellationToken cancellationToken)
    {
        var totalWeight = graph.Edges.Sum(e => e.Weight);
        var random = new Random(seed);
        var level = LouvainLevelGraph.From(graph);
        var identity = Enumerable.Range(0, graph.NodeCount).ToArray();
        var modularity = level.ModularityOf(identity, graph.NodeCount, totalWeight, resolution);
        var (community, count, _) = level.MoveNodes(totalWeight, resolution, random, MaxSweepsPerLevel, cancellationToken);
        var levels = 0;
        while (true)
        {
            // membership maps each input node to its node of the current level; compose with this level's moves.
            levels++;
            for (var u = 0; u < membership.Length; u++)
            {
                membership[u] = community[membership[u]];
            }

            var next = level.ModularityOf(community, count, totalWeight, resolution);
            if (next - modularity <= threshold)
            {
                return levels;
            }

            modularity = next;
            cancellationToken.ThrowIfCancellationRequested();
            level = level.Aggregate(community, count, cancellationToken);
            (community, count, var improved) = level.MoveNodes(totalWeight, resolution, random, MaxSweepsPerLevel, cancellationToken);
            if (!improved)
            {
                return levels;
            }
        }
    }

    private static LouvainResult Sorted(UndirectedGraph graph, int[] membership, int seed, int levels, double resolution, double threshold)
    {
        var communities = Enumerable.Range(0, graph.NodeCount)
            .GroupBy(u => membership[u])
            .Select(group => group.Select(u => graph.NodeIds[u]).Order(StringComparer.Ordinal).ToArray())
            .OrderByDescending(members => members.Length)
            .ThenBy(members => members[0], StringComparer.Ordinal)
            .ToArray();
        var sortedMembership = new int[graph.NodeCount];
        for (var c = 0; c < communities.Length; c++)
        {
            foreach (var id in communities[c])
            {
                sortedMembership[graph.IndexOf(id)] = c;
            }
        }

        return new LouvainResult(
            communities,
            sortedMembership,
            Modularity.Compute(graph, sortedMembership, resolution),
            seed,
            levels,
            resolution,
            threshold);
    }
}
