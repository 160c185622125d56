using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// Articulation points (cut vertices): the nodes whose removal would split their component into more pieces, i.e.
/// who, if they left, would disconnect parts of the network from each other. Matches NetworkX's
/// <c>nx.articulation_points(G)</c> (as a set).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> <c>u</c> is an articulation point when removing it (and its edges) increases the number
/// of connected components. In DFS terms (Hopcroft and Tarjan 1973): a DFS root with two or more tree children, or
/// a non-root <c>u</c> with a tree child <c>v</c> such that <c>low(v) ≥ disc(u)</c>.</para>
/// <para><b>Normalization.</b> None: a set of nodes. Isolates and leaves never are; an empty graph has none.</para>
/// <para><b>Weighted.</b> Weights play no part.</para>
/// <para><b>Parameters.</b> <c>cancellationToken</c>, looked at every 1,024 nodes the search discovers.</para>
/// <para><b>Complexity.</b> One iterative DFS (no recursion, safe on 200k-node paths): O(n + m) time and memory.</para>
/// <para><b>References.</b> Hopcroft, J. and Tarjan, R., "Algorithm 447: efficient algorithms for graph
/// manipulation", Communications of the ACM 16(6), 372–378 (1973), doi:10.1145/362248.362272.</para>
/// </remarks>
public static class ArticulationPoints
{
    /// <summary>The articulation points' node ids, in ascending node index.</summary>
    public static IReadOnlyList<string> Find(UndirectedGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var dfs = LowPoints.Compute(graph, cancellationToken);
        var isCut = new bool[graph.NodeCount];
        var rootChildren = new int[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var u = dfs.Parent[v];
            if (u < 0)
            {
                continue;
            }

            if (dfs.Parent[u] < 0)
            {
                rootChildren[u]++;
            }
            else if (dfs.Low[v] >= dfs.Discovery[u])
            {
                isCut[u] = true;
            }
        }

        var points = new List<string>();
        for (var u = 0; u < graph.NodeCount; u++)
        {
            if (isCut[u] || rootChildren[u] >= 2)
            {
                points.Add(graph.NodeIds[u]);
            }
        }

        return points;
    }
}
