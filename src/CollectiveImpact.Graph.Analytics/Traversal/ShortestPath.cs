using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Traversal;

/// <summary>
/// An unweighted shortest path between two nodes: the fewest hops, edge weights ignored.
/// </summary>
/// <remarks>
/// <para><b>Choice among equal paths</b>: of all shortest paths, the one whose node indices are lexicographically
/// smallest (at each step, the lowest-index neighbour that is still on a shortest path), so the answer is
/// deterministic. Found by a breadth-first search from the target (stopping once the source is reached), then a
/// greedy walk from the source down the distances.</para>
/// <para><b>Complexity</b>: O(V + E) time, O(V) memory.</para>
/// <para><b>NetworkX</b>: <see cref="Hops"/> is <c>nx.shortest_path_length(G, source, target)</c>; <see cref="Nodes"/>
/// is one of <c>nx.all_shortest_paths(G, source, target)</c> — the smallest, where <c>nx.shortest_path</c>
/// (bidirectional search) may pick another of the same length. NetworkX raises <c>NetworkXNoPath</c> when there is no
/// path; <see cref="Find"/> returns null.</para>
/// </remarks>
public sealed class ShortestPath
{
    private ShortestPath(int[] nodes) => Nodes = nodes;

    /// <summary>The path's node indices, source first, target last (one node when they are the same).</summary>
    public IReadOnlyList<int> Nodes { get; }

    /// <summary>The number of edges on the path.</summary>
    public int Hops => Nodes.Count - 1;

    public int Source => Nodes[0];

    public int Target => Nodes[^1];

    /// <summary>The shortest path from <paramref name="source"/> to <paramref name="target"/>, or null when no path joins them.</summary>
    public static ShortestPath? Find(UndirectedGraph graph, int source, int target)
    {
        var toTarget = DistancesToTarget(graph, source, target);
        if (toTarget[source] < 0)
        {
            return null;
        }

        var path = new int[toTarget[source] + 1];
        path[0] = source;
        for (var step = 1; step < path.Length; step++)
        {
            // Neighbours are ascending, so the first one a step closer to the target is the lowest index.
            foreach (var neighbor in graph.Neighbors(path[step - 1]))
            {
                if (toTarget[neighbor] == toTarget[path[step - 1]] - 1)
                {
                    path[step] = neighbor;
                    break;
                }
            }
        }

        return new ShortestPath(path);
    }

    /// <summary>The number of hops from <paramref name="source"/> to <paramref name="target"/>, or null when no path joins them.</summary>
    public static int? HopDistance(UndirectedGraph graph, int source, int target)
    {
        var hops = DistancesToTarget(graph, source, target)[source];
        return hops >= 0 ? hops : null;
    }

    /// <summary>
    /// Hop distances to <paramref name="target"/> (−1 where not reached), searched until <paramref name="source"/> is
    /// reached: by then every node nearer the target than the source has its distance, which is all the walk reads.
    /// </summary>
    private static int[] DistancesToTarget(UndirectedGraph graph, int source, int target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Check(graph, source, nameof(source));
        Check(graph, target, nameof(target));
        var distance = new int[graph.NodeCount];
        Array.Fill(distance, -1);
        distance[target] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(target);
        while (queue.Count > 0 && distance[source] < 0)
        {
            var node = queue.Dequeue();
            foreach (var neighbor in graph.Neighbors(node))
            {
                if (distance[neighbor] < 0)
                {
                    distance[neighbor] = distance[node] + 1;
                    queue.Enqueue(neighbor);
                }
            }
        }

        return distance;
    }

    private static void Check(UndirectedGraph graph, int node, string name)
    {
        if ((uint)node >= (uint)graph.NodeCount)
        {
            throw new ArgumentOutOfRangeException(name, node, $"Node index must be in 0..{graph.NodeCount - 1}.");
        }
    }
}
