using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// Bridges (cut edges): the ties whose removal would split their component, i.e. the only link between two parts
/// of the network. Matches NetworkX's <c>nx.bridges(G)</c> (as a set of unordered pairs).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> An edge is a bridge when it lies on no cycle. In DFS terms (Tarjan 1974): a tree edge
/// <c>(u, v)</c>, <c>v</c> the child, with <c>low(v) &gt; disc(u)</c>.</para>
/// <para><b>Normalization.</b> None: a set of edges. Every edge of a tree (a path, a star) is a bridge; no edge of a
/// cycle is.</para>
/// <para><b>Weighted.</b> Weights play no part.</para>
/// <para><b>Parameters.</b> <c>cancellationToken</c>, looked at every 1,024 nodes the search discovers.</para>
/// <para><b>Complexity.</b> One iterative DFS (shared with <see cref="ArticulationPoints"/>): O(n + m) time and
/// memory.</para>
/// <para><b>References.</b> Tarjan, R. E., "A note on finding the bridges of a graph", Information Processing
/// Letters 2(6), 160–161 (1974), doi:10.1016/0020-0190(74)90003-9. Hopcroft, J. and Tarjan, R., "Algorithm 447:
/// efficient algorithms for graph manipulation", Communications of the ACM 16(6), 372–378 (1973),
/// doi:10.1145/362248.362272.</para>
/// </remarks>
public static class Bridges
{
    /// <summary>The bridges, in the order of <see cref="UndirectedGraph.Edges"/> (by lower, then higher node index).</summary>
    public static IReadOnlyList<Bridge> Find(UndirectedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var dfs = LowPoints.Compute(graph, cancellationToken);
        var isBridge = new bool[graph.EdgeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var u = dfs.Parent[v];
            if (u >= 0 && dfs.Low[v] > dfs.Discovery[u])
            {
                isBridge[dfs.ParentEdge[v]] = true;
            }
        }

        var bridges = new List<Bridge>();
        for (var k = 0; k < isBridge.Length; k++)
        {
            if (isBridge[k])
            {
                var edge = graph.Edges[k];
                bridges.Add(new Bridge(graph.NodeIds[edge.U], graph.NodeIds[edge.V]));
            }
        }

        return bridges;
    }
}
