using System.Buffers;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Clustering;

/// <summary>
/// Local clustering coefficient: the fraction of pairs of a node's neighbours that are themselves tied, i.e. how
/// closed the node's ego network is. Matches NetworkX's <c>nx.clustering(G)</c> and, weighted,
/// <c>nx.clustering(G, weight="weight")</c>.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> Unweighted: <c>c_u = 2 T(u) / (deg(u) (deg(u) − 1))</c>, with <c>T(u)</c> the number of
/// triangles through <c>u</c>. Weighted (Onnela et al. 2005, the geometric mean NetworkX uses):
/// <c>c_u = 1 / (deg(u) (deg(u) − 1)) · Σ_{vw} (ŵ_uv ŵ_uw ŵ_vw)^{1/3}</c> over ordered pairs of neighbours, with
/// <c>ŵ = w / max(w)</c> normalized by the largest edge weight in the whole graph.</para>
/// <para><b>Normalization.</b> Always in [0, 1]. A node of degree 0 or 1 (no pair of neighbours) scores 0, as in
/// NetworkX, not NaN: every node gets a defined score.</para>
/// <para><b>Weighted.</b> Only when <c>weighted</c> is true; otherwise every edge counts 1. With all weights equal
/// the two agree.</para>
/// <para><b>Parameters.</b> <c>weighted</c> (default false): use edge weights as above.</para>
/// <para><b>Complexity.</b> The triangle count of <see cref="Triangles"/>: O(m^{3/2}) time, O(n + m) extra memory.</para>
/// <para><b>References.</b> Watts, D. J. and Strogatz, S. H., "Collective dynamics of 'small-world' networks",
/// Nature 393, 440–442 (1998), doi:10.1038/30918. Onnela, J.-P., Saramäki, J., Kertész, J. and Kaski, K.,
/// "Intensity and coherence of motifs in weighted complex networks", Physical Review E 71, 065103 (2005),
/// doi:10.1103/PhysRevE.71.065103. Saramäki, J., Kivelä, M., Onnela, J.-P., Kaski, K. and Kertész, J.,
/// "Generalizations of the clustering coefficient to weighted complex networks", Physical Review E 75, 027105
/// (2007), doi:10.1103/PhysRevE.75.027105.</para>
/// </remarks>
public static class LocalClustering
{
    public static NodeScores Compute(UndirectedGraph graph, bool weighted = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new NodeScores(graph, weighted ? FromTwiceTriangles(graph, Triangles.Twice(graph, weighted: true)) : Unweighted(graph));
    }

    /// <summary>
    /// Straight from the integer counts, in a pooled array: no intermediate array of doubles. The same arithmetic as
    /// <see cref="FromTwiceTriangles"/> (<c>2 t</c> is exact), so the same coefficients to the last bit.
    /// </summary>
    private static double[] Unweighted(UndirectedGraph graph)
    {
        var n = graph.NodeCount;
        var values = new double[n];
        if (graph.EdgeCount == 0)
        {
            return values;
        }

        var counts = ArrayPool<int>.Shared.Rent(n);
        Array.Clear(counts, 0, n);
        Triangles.Count(graph, counts);
        var rows = graph.AdjacencyOffsets;
        for (var u = 0; u < n; u++)
        {
            double degree = rows[u + 1] - rows[u];
            values[u] = counts[u] == 0 ? 0.0 : 2.0 * counts[u] / (degree * (degree - 1));
        }

        ArrayPool<int>.Shared.Return(counts);
        return values;
    }

    /// <summary>The coefficients from <see cref="Triangles.Twice"/>'s counts, for callers that need those counts too.</summary>
    internal static double[] FromTwiceTriangles(UndirectedGraph graph, double[] twiceTriangles)
    {
        var values = new double[graph.NodeCount];
        for (var u = 0; u < values.Length; u++)
        {
            double degree = graph.Degree(u);
            values[u] = twiceTriangles[u] == 0 ? 0.0 : twiceTriangles[u] / (degree * (degree - 1));
        }

        return values;
    }
}
