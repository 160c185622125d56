using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Structure;

/// <summary>
/// Assortativity by sector: whether ties run within sectors (positive, up to 1) or across them (negative), compared
/// with what the sectors' shares of tie ends would give by chance (0). Matches NetworkX's
/// <c>nx.attribute_assortativity_coefficient(G, "sector")</c>.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> Let <c>e_ij</c> be the fraction of edge ends joining a node of sector <c>i</c> to one of
/// sector <c>j</c> (each edge counted in both directions, so <c>e</c> is symmetric), and
/// <c>a_i = Σ_j e_ij</c>. Then <c>r = (Σ_i e_ii − Σ_i a_i²) / (1 − Σ_i a_i²)</c> (Newman 2003, eq. 2).</para>
/// <para><b>Normalization.</b> In [−1, 1]: 1 when every tie is inside a sector, 0 for chance mixing, negative when
/// ties prefer other sectors (the minimum, above −1 in general, depends on the sectors' shares).
/// Undefined, <c>null</c>, when no edge joins two nodes of known sector, or when all such edges fall within a single
/// sector (<c>Σ a_i² = 1</c>, 0/0; NetworkX returns <c>nan</c> in both cases).</para>
/// <para><b>Weighted.</b> Not weighted: each tie counts once, as in NetworkX.</para>
/// <para><b>Parameters.</b> <c>sectors</c>: each node's sector by node id. A node that is missing or mapped to
/// <c>null</c> has no known sector and the edges at it are left out (NetworkX would need the attribute on every
/// node).</para>
/// <para><b>Complexity.</b> O(n + m + s²) time for <c>s</c> sectors; O(n + s²) memory.</para>
/// <para><b>References.</b> Newman, M. E. J., "Mixing patterns in networks", Physical Review E 67, 026126 (2003),
/// doi:10.1103/PhysRevE.67.026126.</para>
/// </remarks>
public static class SectorAssortativity
{
    public static double? Compute(UndirectedGraph graph, IReadOnlyDictionary<string, string?> sectors)
    {
        var groups = SectorGroups.Create(graph, sectors);
        var s = groups.Names.Length;
        var mixing = new double[s, s];
        var ends = 0.0;
        foreach (var edge in graph.Edges)
        {
            var a = groups.CodeOf[edge.U];
            var b = groups.CodeOf[edge.V];
            if (a < 0 || b < 0)
            {
                continue;
            }

            mixing[a, b]++;
            mixing[b, a]++;
            ends += 2;
        }

        if (ends == 0)
        {
            return null;
        }

        var trace = 0.0;
        var chance = 0.0;
        for (var i = 0; i < s; i++)
        {
            var share = 0.0;
            for (var j = 0; j < s; j++)
            {
                share += mixing[i, j] / ends;
            }

            trace += mixing[i, i] / ends;
            chance += share * share;
        }

        return Math.Abs(1 - chance) < 1e-12 ? null : (trace - chance) / (1 - chance);
    }
}
