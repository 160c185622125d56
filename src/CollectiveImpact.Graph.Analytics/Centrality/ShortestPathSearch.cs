using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Single-source shortest paths on an <see cref="UndirectedGraph"/>: breadth-first search (every edge has length 1)
/// or Dijkstra (an edge's length is its weight), optionally counting shortest paths (Brandes' sigma). One instance is
/// one worker's scratch space, reused source after source: after the first run nothing is allocated, and resetting
/// costs only the nodes the last search reached.
/// </summary>
/// <remarks>
/// Why not QuikGraph's <c>UndirectedBreadthFirstSearchAlgorithm</c> / <c>UndirectedDijkstraShortestPathAlgorithm</c>:
/// they allocate vertex dictionaries and raise an event per edge on every run, and they do not count shortest paths,
/// which Brandes' algorithm needs. Running them from every source would cost more than the measures themselves; the
/// array loops over the CSR adjacency here are the same algorithms without that overhead.
/// <para>
/// Distances compare exactly, as NetworkX's do (<c>vw_dist == seen[w]</c>): node <c>v</c> precedes <c>w</c> on a
/// shortest path when <c>Distance[v] + length(v, w) == Distance[w]</c>, so the predecessor sets, and therefore
/// the scores, are NetworkX's.
/// </para>
/// </remarks>
internal sealed class ShortestPathSearch
{
    private readonly UndirectedGraph graph;
    private readonly bool weighted;
    private readonly double[] distance;
    private readonly double[] pathCount;
    private readonly int[] order;
    private readonly bool[] settled;
    private readonly PriorityQueue<int, double> frontier = new();
    private int reached;

    public ShortestPathSearch(UndirectedGraph graph, bool weighted)
    {
        this.graph = graph;
        this.weighted = weighted;
        distance = new double[graph.NodeCount];
        pathCount = new double[graph.NodeCount];
        order = new int[graph.NodeCount];
        settled = new bool[graph.NodeCount];
        Array.Fill(distance, double.PositiveInfinity);
    }

    /// <summary>Distance from the last source by node; <see cref="double.PositiveInfinity"/> where unreached.</summary>
    public ReadOnlySpan<double> Distance => distance;

    /// <summary>Number of shortest paths from the last source by node (filled only when asked for).</summary>
    public ReadOnlySpan<double> PathCount => pathCount;

    /// <summary>The nodes the last search reached, source first, in non-decreasing distance.</summary>
    public ReadOnlySpan<int> Order => order.AsSpan(0, reached);

    public UndirectedGraph Graph => graph;

    /// <summary>The length of the edge at <paramref name="position"/> of an adjacency whose weights are <paramref name="weights"/>: its weight, or 1 when unweighted.</summary>
    public double EdgeLength(ReadOnlySpan<double> weights, int position) => weighted ? weights[position] : 1.0;

    public void Run(int source, bool countPaths)
    {
        Reset();
        if (weighted)
        {
            RunDijkstra(source, countPaths);
        }
        else
        {
            RunBreadthFirst(source, countPaths);
        }
    }

    private void Reset()
    {
        foreach (var node in Order)
        {
            distance[node] = double.PositiveInfinity;
            pathCount[node] = 0.0;
            settled[node] = false;
        }

        reached = 0;
    }

    private void RunBreadthFirst(int source, bool countPaths)
    {
        // The visit order doubles as the FIFO queue: BFS dequeues in exactly the order it discovers.
        distance[source] = 0.0;
        pathCount[source] = 1.0;
        order[reached++] = source;
        for (var head = 0; head < reached; head++)
        {
            var v = order[head];
            var next = distance[v] + 1.0;
            var paths = pathCount[v];
            foreach (var w in graph.Neighbors(v))
            {
                if (double.IsPositiveInfinity(distance[w]))
                {
                    distance[w] = next;
                    order[reached++] = w;
                }

                if (countPaths && distance[w] == next)
                {
                    pathCount[w] += paths;
                }
            }
        }
    }

    private void RunDijkstra(int source, bool countPaths)
    {
        // Lazy deletion: a node may sit in the heap several times; only its first dequeue settles it. A node is
        // settled when it enters Order; its shortest-path count is the sum over its settled neighbours that lie on
        // a shortest path to it (weights are positive, so every such neighbour settled earlier).
        frontier.Clear();
        distance[source] = 0.0;
        frontier.Enqueue(source, 0.0);
        while (frontier.TryDequeue(out var v, out var d))
        {
            if (settled[v])
            {
                continue;
            }

            settled[v] = true;
            order[reached++] = v;
            var neighbors = graph.Neighbors(v);
            var weights = graph.NeighborWeights(v);
            var paths = v == source ? 1.0 : 0.0;
            for (var i = 0; i < neighbors.Length; i++)
            {
                var w = neighbors[i];
                if (settled[w])
                {
                    if (countPaths && distance[w] + weights[i] == d)
                    {
                        paths += pathCount[w];
                    }
                }
                else if (d + weights[i] < distance[w])
                {
                    distance[w] = d + weights[i];
                    frontier.Enqueue(w, distance[w]);
                }
            }

            pathCount[v] = countPaths ? paths : 0.0;
        }
    }
}
