using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Structure;

/// <summary>
/// Freeman's degree centralization: how far the network is from being a star, i.e. how much its ties are
/// concentrated on one node (a backbone everyone depends on scores near 1; an even spread of ties scores 0).
/// NetworkX has no function for it; the reference values are computed from <c>G.degree()</c> with this formula in
/// the fixture script.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> <c>C_D = Σ_i (d_max − d_i) / ((n − 1)(n − 2))</c>, where <c>d_max</c> is the largest degree;
/// the denominator is the largest value the sum can take, reached by the star on <c>n</c> nodes.</para>
/// <para><b>Normalization.</b> In [0, 1]: 1 for a star, 0 for any regular graph (a cycle, a complete graph) and for a
/// graph without edges. Undefined, <c>null</c>, below three nodes, where the denominator is 0.</para>
/// <para><b>Weighted.</b> Not weighted: degrees count ties.</para>
/// <para><b>Parameters.</b> None.</para>
/// <para><b>Complexity.</b> O(n).</para>
/// <para><b>References.</b> Freeman, L. C., "Centrality in social networks conceptual clarification", Social
/// Networks 1(3), 215–239 (1979), doi:10.1016/0378-8733(78)90021-7.</para>
/// </remarks>
public static class DegreeCentralization
{
    public static double? Compute(UndirectedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (n < 3)
        {
            return null;
        }

        var largest = 0;
        for (var u = 0; u < n; u++)
        {
            largest = Math.Max(largest, graph.Degree(u));
        }

        long shortfall = 0;
        for (var u = 0; u < n; u++)
        {
            shortfall += largest - graph.Degree(u);
        }

        return shortfall / ((n - 1.0) * (n - 2.0));
    }
}
