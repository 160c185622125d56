using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// Hopcroft–Tarjan depth-first search numbering: for each node its discovery time, its DFS-tree parent (and the
/// edge to it) and its low point, the earliest discovery time reachable from its subtree through one back edge.
/// Articulation points and bridges both read off these numbers.
/// </summary>
/// <remarks>
/// Iterative, with an explicit stack of (node, next neighbour position), so a path of 200k nodes does not overflow
/// the call stack. Roots are taken in ascending node index and neighbours in ascending order, so the result is
/// deterministic. O(n + m) time and memory.
/// </remarks>
internal sealed class LowPoints
{
    private LowPoints(int[] discovery, int[] low, int[] parent, int[] parentEdge)
    {
        Discovery = discovery;
        Low = low;
        Parent = parent;
        ParentEdge = parentEdge;
    }

    /// <summary>Discovery time by node, 0-based.</summary>
    public int[] Discovery { get; }

    public int[] Low { get; }

    /// <summary>DFS-tree parent by node; -1 for a root.</summary>
    public int[] Parent { get; }

    /// <summary>Index into <see cref="UndirectedGraph.Edges"/> of the tree edge to the parent; -1 for a root.</summary>
    public int[] ParentEdge { get; }

    /// <summary>Numbers the nodes of <paramref name="graph"/>, looking at <paramref name="cancellationToken"/> every 1,024 discoveries.</summary>
    public static LowPoints Compute(UndirectedGraph graph, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var n = graph.NodeCount;
        var discovery = new int[n];
        var low = new int[n];
        var parent = new int[n];
        var parentEdge = new int[n];
        Array.Fill(discovery, -1);
        var stackNode = new int[n];
        var stackPosition = new int[n];
        var time = 0;
        for (var root = 0; root < n; root++)
        {
            if (discovery[root] >= 0)
            {
                continue;
            }

            parent[root] = -1;
            parentEdge[root] = -1;
            discovery[root] = low[root] = time++;
            var depth = 0;
            stackNode[0] = root;
            stackPosition[0] = 0;
            while (depth >= 0)
            {
                var u = stackNode[depth];
                var neighbors = graph.Neighbors(u);
                var position = stackPosition[depth];
                if (position < neighbors.Length)
                {
                    stackPosition[depth] = position + 1;
                    var v = neighbors[position];
                    if (discovery[v] < 0)
                    {
                        Checkpoint.Every(time, cancellationToken);
                        parent[v] = u;
                        parentEdge[v] = graph.NeighborEdges(u)[position];   // read on tree edges only
                        discovery[v] = low[v] = time++;
                        depth++;
                        stackNode[depth] = v;
                        stackPosition[depth] = 0;
                    }
                    else if (v != parent[u])    // the graph is simple: the one edge to the parent is the tree edge
                    {
                        low[u] = Math.Min(low[u], discovery[v]);
                    }

                    continue;
                }

                // u is finished: hand its low point up to its parent.
                depth--;
                if (depth >= 0)
                {
                    var p = stackNode[depth];
                    low[p] = Math.Min(low[p], low[u]);
                }
            }
        }

        return new LowPoints(discovery, low, parent, parentEdge);
    }
}
