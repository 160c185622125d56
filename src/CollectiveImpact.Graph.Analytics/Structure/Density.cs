using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Structure;

/// <summary>
/// Density: the share of all possible ties that exist. Matches NetworkX's <c>nx.density(G)</c> for an undirected
/// graph.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> <c>d = 2m / (n (n − 1))</c>.</para>
/// <para><b>Normalization.</b> In [0, 1]: 0 without edges, 1 for a complete graph. With fewer than two nodes no tie
/// is possible and the ratio is 0/0; NetworkX returns 0 there and so does this, so that a network-level summary never
/// lacks a density.</para>
/// <para><b>Weighted.</b> Not weighted: counts ties.</para>
/// <para><b>Parameters.</b> None.</para>
/// <para><b>Complexity.</b> O(1).</para>
/// <para><b>References.</b> Wasserman, S. and Faust, K., <i>Social Network Analysis: Methods and Applications</i>,
/// Cambridge University Press (1994), § 4.2, doi:10.1017/CBO9780511815478.</para>
/// </remarks>
public static class Density
{
    public static double Compute(UndirectedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        double n = graph.NodeCount;
        return graph.EdgeCount == 0 || n <= 1 ? 0.0 : 2.0 * graph.EdgeCount / (n * (n - 1));
    }
}
