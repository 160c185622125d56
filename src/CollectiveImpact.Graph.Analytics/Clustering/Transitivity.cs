using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Clustering;

/// <summary>
/// Transitivity (global clustering coefficient): the fraction of connected triples of nodes that are closed into
/// triangles, for the whole graph. Matches NetworkX's <c>nx.transitivity(G)</c>.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> <c>T = 3 × #triangles / #triads</c>, where a triad is a pair of edges sharing a node:
/// <c>#triads = Σ_u deg(u)(deg(u) − 1) / 2</c>.</para>
/// <para><b>Normalization.</b> In [0, 1]. A graph with no triangle (including one with no triad at all, or no node)
/// has transitivity 0, as in NetworkX, rather than undefined.</para>
/// <para><b>Weighted.</b> Not defined for weights; edge weights are ignored (NetworkX has no weighted form).</para>
/// <para><b>Parameters.</b> None.</para>
/// <para><b>Complexity.</b> The triangle count of <see cref="Triangles"/>: O(m^{3/2}) time, O(n + m) memory.</para>
/// <para><b>References.</b> Newman, M. E. J., Strogatz, S. H. and Watts, D. J., "Random graphs with arbitrary
/// degree distributions and their applications", Physical Review E 64, 026118 (2001),
/// doi:10.1103/PhysRevE.64.026118. Wasserman, S. and Faust, K., <i>Social Network Analysis: Methods and
/// Applications</i>, Cambridge University Press (1994), doi:10.1017/CBO9780511815478.</para>
/// </remarks>
public static class Transitivity
{
    public static double Compute(UndirectedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var triangles = Triangles.Count(graph, perNode: null);
        if (triangles == 0)
        {
            return 0.0;
        }

        // In integers: the double sum this replaced was exact too while below 2^53 (past it only with degrees near 2^26).
        var rows = graph.AdjacencyOffsets;
        long triads = 0;
        for (var u = 0; u < graph.NodeCount; u++)
        {
            long degree = rows[u + 1] - rows[u];
            triads += degree * (degree - 1);
        }

        // 3 × triangles / connected triples, with triads counting each triple twice: 6 × triangles / triads.
        return 6.0 * triangles / triads;
    }

    /// <summary>The transitivity from <see cref="Triangles.Twice"/>'s unweighted counts.</summary>
    internal static double FromTwiceTriangles(UndirectedGraph graph, double[] twiceTriangles)
    {
        var closed = 0.0;
        var triads = 0.0;
        for (var u = 0; u < graph.NodeCount; u++)
        {
            double degree = graph.Degree(u);
            closed += twiceTriangles[u];
            triads += degree * (degree - 1);
        }

        // Both sums count each triangle six times and each triad twice, so their ratio is 3 × triangles / triads.
        return closed == 0 ? 0.0 : closed / triads;
    }
}
