using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Communities;

/// <summary>
/// Newman's modularity of a partition of a graph's nodes: how much more weight falls inside the communities than a
/// random graph with the same weighted degrees would put there.
/// </summary>
/// <remarks>
/// <para><b>Formula</b>: Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ], where m is the total edge weight, L_c the weight of
/// the edges inside community c, d_c the sum of its nodes' weighted degrees, and γ the resolution (1 by default;
/// below 1 favours larger communities, above 1 smaller ones). Q ranges over [−1/2, 1).</para>
/// <para><b>Weighted</b>: always, by edge weight (an unweighted graph has weight 1 on every edge).</para>
/// <para><b>No edges</b>: m = 0 and Q is undefined; the result is <see cref="double.NaN"/> (NetworkX raises
/// <c>ZeroDivisionError</c>).</para>
/// <para><b>Complexity</b>: O(V + E).</para>
/// <para><b>NetworkX</b>: <c>nx.community.modularity(G, communities, weight="weight", resolution=γ)</c>; a list of
/// communities that is not a partition of the nodes is rejected, as NetworkX raises <c>NotAPartition</c>.</para>
/// <para><b>References</b>: M. E. J. Newman, "Networks: An Introduction", Oxford University Press, 2010, §7.7.2;
/// M. E. J. Newman, "Modularity and community structure in networks", PNAS 103(23), 8577–8582, 2006,
/// doi:10.1073/pnas.0601602103; J. Reichardt and S. Bornholdt, "Statistical mechanics of community detection",
/// Phys. Rev. E 74, 016110, 2006, doi:10.1103/PhysRevE.74.016110 (the resolution γ).</para>
/// </remarks>
public static class Modularity
{
    /// <summary>The modularity of the partition that puts node <c>i</c> in community <c>membership[i]</c>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="membership">A community label (zero or more) per node index; equal labels share a community.</param>
    /// <param name="resolution">γ, finite; 1 is Newman's modularity.</param>
    public static double Compute(UndirectedGraph graph, IReadOnlyList<int> membership, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(membership);
        CheckResolution(resolution);
        if (membership.Count != graph.NodeCount)
        {
            throw new ArgumentException($"Expected a community for each of the {graph.NodeCount} nodes, got {membership.Count}.", nameof(membership));
        }

        var labels = 0;
        for (var i = 0; i < membership.Count; i++)
        {
            if (membership[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(membership), membership[i], $"Node '{graph.NodeIds[i]}' has a negative community label.");
            }

            labels = Math.Max(labels, membership[i] + 1);
        }

        var inside = new double[labels];
        var degreeSum = new double[labels];
        var totalWeight = 0.0;
        foreach (var (u, v, w) in graph.Edges)
        {
            totalWeight += w;
            degreeSum[membership[u]] += w;
            degreeSum[membership[v]] += w;
            if (membership[u] == membership[v])
            {
                inside[membership[u]] += w;
            }
        }

        return FromSums(inside, degreeSum, totalWeight, resolution);
    }

    /// <summary>The modularity of <paramref name="communities"/>, given as lists of node ids that must partition the graph's nodes.</summary>
    public static double Compute(UndirectedGraph graph, IEnumerable<IEnumerable<string>> communities, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(communities);
        var membership = new int[graph.NodeCount];
        Array.Fill(membership, -1);
        var community = 0;
        foreach (var members in communities)
        {
            foreach (var id in members)
            {
                if (!graph.TryGetIndex(id, out var node))
                {
                    throw new ArgumentException($"Community {community} names '{id}', which is not a node of the graph.", nameof(communities));
                }

                if (membership[node] >= 0)
                {
                    throw new ArgumentException($"Node '{id}' is in community {membership[node]} and again in community {community}: not a partition.", nameof(communities));
                }

                membership[node] = community;
            }

            community++;
        }

        var missing = Array.IndexOf(membership, -1);
        if (missing >= 0)
        {
            throw new ArgumentException($"Node '{graph.NodeIds[missing]}' is in no community: not a partition.", nameof(communities));
        }

        return Compute(graph, membership, resolution);
    }

    /// <summary>Q from each community's inside weight and degree sum, as NetworkX adds it up (community by community).</summary>
    internal static double FromSums(double[] inside, double[] degreeSum, double totalWeight, double resolution)
    {
        if (totalWeight == 0)
        {
            return double.NaN;
        }

        var norm = 1.0 / (4 * totalWeight * totalWeight);
        var q = 0.0;
        for (var c = 0; c < inside.Length; c++)
        {
            q += inside[c] / totalWeight - resolution * degreeSum[c] * degreeSum[c] * norm;
        }

        return q;
    }

    internal static void CheckResolution(double resolution)
    {
        if (!double.IsFinite(resolution))
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "The resolution must be a finite number.");
        }
    }
}
