using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Traversal;

/// <summary>
/// The nodes within a number of hops of one node, and the edges among them: what the network map draws around a
/// selected node.
/// </summary>
/// <remarks>
/// <para><b>Definition</b>: the ego network of radius <c>depth</c> — every node at unweighted shortest-path distance at
/// most <c>depth</c> from <see cref="Center"/>, with the induced subgraph's edges. Edge weights are ignored for
/// distance (a hop is a hop).</para>
/// <para><b>Cap</b>: with <c>maxNodes</c>, only the nearest nodes are kept, ordered by (distance, node index) — so the
/// kept set is deterministic — and <see cref="Truncated"/> says some were left out.</para>
/// <para><b>Complexity</b>: O(V + E) time for the breadth-first search in the worst case (it stops at
/// <c>depth</c>, or once the cap is reached), O(V) memory.</para>
/// <para><b>NetworkX</b>: the nodes and edges of <c>nx.ego_graph(G, center, radius=depth)</c> (distance=None: hops),
/// distances as <c>nx.single_source_shortest_path_length(G, center, cutoff=depth)</c>.</para>
/// </remarks>
public sealed class Neighborhood
{
    /// <summary>The largest depth <see cref="Around"/> accepts: beyond it the map would show most of a network.</summary>
    public const int MaxDepth = 5;

    private Neighborhood(int center, int depth, NodeDistance[] nodes, int[] edges, bool truncated)
    {
        Center = center;
        Depth = depth;
        Nodes = nodes;
        Edges = edges;
        Truncated = truncated;
    }

    public int Center { get; }

    public int Depth { get; }

    /// <summary>The nodes with their distance, ordered by distance then node index; the center first.</summary>
    public IReadOnlyList<NodeDistance> Nodes { get; }

    /// <summary>The edges among <see cref="Nodes"/>, as ascending indices into <see cref="UndirectedGraph.Edges"/>.</summary>
    public IReadOnlyList<int> Edges { get; }

    /// <summary>True when <c>maxNodes</c> left out nodes within <see cref="Depth"/>.</summary>
    public bool Truncated { get; }

    /// <summary>The neighbourhood of <paramref name="center"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="center">The node index to start from.</param>
    /// <param name="depth">How many hops, 0..<see cref="MaxDepth"/>; 0 is the center alone.</param>
    /// <param name="maxNodes">At most this many nodes (at least 1), the nearest first; null for no cap.</param>
    public static Neighborhood Around(UndirectedGraph graph, int center, int depth, int? maxNodes = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if ((uint)center >= (uint)graph.NodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(center), center, $"Node index must be in 0..{graph.NodeCount - 1}.");
        }

        if (depth is < 0 or > MaxDepth)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, $"Depth must be in 0..{MaxDepth}.");
        }

        if (maxNodes is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxNodes), maxNodes, "maxNodes must be at least 1 (the center).");
        }

        var cap = maxNodes ?? int.MaxValue;
        var distance = new int[graph.NodeCount];
        Array.Fill(distance, -1);
        distance[center] = 0;
        var found = new List<NodeDistance> { new(center, 0) };
        var level = new List<int> { center };
        var truncated = false;
        for (var hops = 1; hops <= depth && level.Count > 0 && !truncated; hops++)
        {
            var next = new List<int>();
            foreach (var node in level)
            {
                foreach (var neighbor in graph.Neighbors(node))
                {
                    if (distance[neighbor] < 0)
                    {
                        distance[neighbor] = hops;
                        next.Add(neighbor);
                    }
                }
            }

            next.Sort();
            var room = cap - found.Count;
            if (next.Count > room)
            {
                truncated = true;
                foreach (var dropped in next.Skip(room))
                {
                    distance[dropped] = -1;
                }

                next.RemoveRange(room, next.Count - room);
            }

            found.AddRange(next.Select(node => new NodeDistance(node, hops)));
            level = next;
        }

        var edges = new List<int>();
        foreach (var (node, _) in found)
        {
            var neighbors = graph.Neighbors(node);
            var edgeIndices = graph.NeighborEdges(node);
            for (var i = 0; i < neighbors.Length; i++)
            {
                if (neighbors[i] > node && distance[neighbors[i]] >= 0)
                {
                    edges.Add(edgeIndices[i]);
                }
            }
        }

        edges.Sort();
        return new Neighborhood(center, depth, found.ToArray(), edges.ToArray(), truncated);
    }
}
