namespace CollectiveImpact.Graph.Analytics.Graphs;

/// <summary>
/// A compact, immutable, simple undirected weighted graph in compressed sparse row form: what every measure
/// runs on. Nodes are indices 0..<see cref="NodeCount"/>-1 carrying string ids; each edge appears once in
/// <see cref="Edges"/> and twice in the adjacency (once from each end). No self-loops, no parallel edges.
/// </summary>
/// <remarks>
/// Measures read the adjacency through <see cref="Neighbors"/>, <see cref="NeighborWeights"/> and
/// <see cref="NeighborEdges"/> (spans into shared arrays: no allocation per call).
/// <see cref="QuikGraphAdapter.ToQuikGraph(UndirectedGraph)"/> hands the same graph to QuikGraph's algorithms.
/// </remarks>
public sealed class UndirectedGraph
{
    private readonly int[] offsets;
    private readonly int[] targets;
    private readonly double[] weights;
    private readonly int[] edgeIndices;
    private readonly Dictionary<string, int> indexById;

    /// <summary>
    /// The CSR of <paramref name="sortedEdges"/> (normalized, sorted by (U, V), checked). Placing the edges in that order
    /// already lists each node's neighbours ascending: those below it come from edges (U, node), which sort before its
    /// own (node, V) edges, each group in ascending order. No per-node sort is needed.
    /// </summary>
    private UndirectedGraph(string[] nodeIds, WeightedEdge[] sortedEdges, Dictionary<string, int>? index)
    {
        NodeIds = nodeIds;
        Edges = sortedEdges;
        indexById = index ?? IndexIds(nodeIds);
        offsets = new int[nodeIds.Length + 1];
        foreach (var e in sortedEdges)
        {
            offsets[e.U + 1]++;
            offsets[e.V + 1]++;
        }

        for (var i = 0; i < nodeIds.Length; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        targets = new int[offsets[^1]];
        weights = new double[offsets[^1]];
        edgeIndices = new int[offsets[^1]];
        var next = offsets[..^1];
        for (var k = 0; k < sortedEdges.Length; k++)
        {
            var (u, v, w) = sortedEdges[k];
            var slot = next[u]++;
            (targets[slot], weights[slot], edgeIndices[slot]) = (v, w, k);
            slot = next[v]++;
            (targets[slot], weights[slot], edgeIndices[slot]) = (u, w, k);
        }
    }

    /// <summary>
    /// The CSR of edges already normalized (<c>U &lt; V</c>), sorted by (U, V), without self-loops or parallel edges,
    /// with positive finite weights: what <see cref="Analytics.Projections.ProjectionPatch"/> produces from a graph built
    /// by <see cref="Create(IReadOnlyList{string}, IEnumerable{WeightedEdge})"/>. Skips the checks and the sort.
    /// <paramref name="indexById"/>, when given, must map exactly
    /// <paramref name="nodeIds"/> to their positions; it is shared, not copied (the graphs are immutable).
    /// </summary>
    internal static UndirectedGraph FromSortedEdges(string[] nodeIds, WeightedEdge[] sortedEdges, Dictionary<string, int>? indexById) =>
        new(nodeIds, sortedEdges, indexById);

    /// <summary>The id-to-index map, for a graph with the same nodes (<see cref="FromSortedEdges"/>).</summary>
    internal Dictionary<string, int> IndexById => indexById;

    /// <summary>Node ids by index.</summary>
    public IReadOnlyList<string> NodeIds { get; }

    /// <summary>Every edge once, with <c>U &lt; V</c>, sorted by (U, V).</summary>
    public IReadOnlyList<WeightedEdge> Edges { get; }

    public int NodeCount => NodeIds.Count;

    public int EdgeCount => Edges.Count;

    /// <summary>
    /// Builds a graph. Edges are normalized to <c>U &lt; V</c> and sorted; a self-loop, a parallel edge, an index out
    /// of range or a weight that is not positive and finite is rejected.
    /// </summary>
    public static UndirectedGraph Create(IReadOnlyList<string> nodeIds, IEnumerable<WeightedEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(edges);
        var n = nodeIds.Count;
        var normalized = new List<WeightedEdge>();
        var seen = new HashSet<(int, int)>();
        foreach (var (u, v, w) in edges)
        {
            if (u < 0 || u >= n || v < 0 || v >= n)
            {
                throw new ArgumentOutOfRangeException(nameof(edges), $"Edge ({u}, {v}) names a node outside 0..{n - 1}.");
            }

            if (u == v)
            {
                throw new ArgumentException($"Self-loop on node '{nodeIds[u]}' is not allowed.", nameof(edges));
            }

            if (!(w > 0) || double.IsInfinity(w))
            {
                throw new ArgumentOutOfRangeException(nameof(edges), $"Edge ({nodeIds[u]}, {nodeIds[v]}) has weight {w}; weights must be positive and finite.");
            }

            var (a, b) = u < v ? (u, v) : (v, u);
            if (!seen.Add((a, b)))
            {
                throw new ArgumentException($"Parallel edge between '{nodeIds[a]}' and '{nodeIds[b]}'.", nameof(edges));
            }

            normalized.Add(new WeightedEdge(a, b, w));
        }

        normalized.Sort((x, y) => x.U != y.U ? x.U.CompareTo(y.U) : x.V.CompareTo(y.V));
        return new UndirectedGraph(nodeIds.ToArray(), normalized.ToArray(), index: null);
    }

    /// <summary>
    /// Builds a graph from edges already normalized and sorted, as the projections collect them: each edge with
    /// <c>U &lt; V</c>, strictly ascending by (U, V) (so no parallel edge), weights positive and finite. Checked in one
    /// pass, without the hash set and the sort of <see cref="Create(IReadOnlyList{string}, IEnumerable{WeightedEdge})"/>;
    /// takes ownership of both arrays.
    /// </summary>
    internal static UndirectedGraph CreateSorted(string[] nodeIds, WeightedEdge[] edges)
    {
        for (var k = 0; k < edges.Length; k++)
        {
            var (u, v, w) = edges[k];
            if (u < 0 || u >= v || v >= nodeIds.Length || !(w > 0) || double.IsInfinity(w)
                || (k > 0 && (edges[k - 1].U > u || (edges[k - 1].U == u && edges[k - 1].V >= v))))
            {
                throw new ArgumentException($"Edge {k} ({u}, {v}, {w}) is out of range, out of order, repeated or not positive and finite.", nameof(edges));
            }
        }

        return new UndirectedGraph(nodeIds, edges, index: null);
    }

    /// <summary>Builds a graph from id pairs; unknown ids in an edge are an error.</summary>
    public static UndirectedGraph Create(IReadOnlyList<string> nodeIds, IEnumerable<(string U, string V, double Weight)> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodeIds.Count; i++)
        {
            index[nodeIds[i]] = i;
        }

        return Create(nodeIds, edges.Select(e => new WeightedEdge(
            index.TryGetValue(e.U, out var u) ? u : throw new ArgumentException($"Edge end '{e.U}' is not a node.", nameof(edges)),
            index.TryGetValue(e.V, out var v) ? v : throw new ArgumentException($"Edge end '{e.V}' is not a node.", nameof(edges)),
            e.Weight)));
    }

    private static Dictionary<string, int> IndexIds(string[] nodeIds)
    {
        var index = new Dictionary<string, int>(nodeIds.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodeIds.Length; i++)
        {
            if (!index.TryAdd(nodeIds[i], i))
            {
                throw new ArgumentException($"Node id '{nodeIds[i]}' appears twice.", nameof(nodeIds));
            }
        }

        return index;
    }

    public int Degree(int node) => offsets[node + 1] - offsets[node];

    /// <summary>
    /// The row offsets of the adjacency (length n + 1; node <c>u</c>'s row is <c>[offsets[u], offsets[u + 1])</c>), for the
    /// kernels that sweep every row in one loop (degrees, the triangle orientation) without a span per node.
    /// </summary>
    internal ReadOnlySpan<int> AdjacencyOffsets => offsets;

    /// <summary>Every row of <see cref="Neighbors"/> back to back, as <see cref="AdjacencyOffsets"/> cuts it.</summary>
    internal ReadOnlySpan<int> AdjacencyTargets => targets;

    /// <summary>Every row of <see cref="NeighborWeights"/> back to back, as <see cref="AdjacencyOffsets"/> cuts it.</summary>
    internal ReadOnlySpan<double> AdjacencyWeights => weights;

    /// <summary>The neighbours of <paramref name="node"/>, ascending.</summary>
    public ReadOnlySpan<int> Neighbors(int node) => targets.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);

    /// <summary>The weights of the edges to <see cref="Neighbors"/>, position by position.</summary>
    public ReadOnlySpan<double> NeighborWeights(int node) => weights.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);

    /// <summary>The indices into <see cref="Edges"/> of the edges to <see cref="Neighbors"/>, position by position.</summary>
    public ReadOnlySpan<int> NeighborEdges(int node) => edgeIndices.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);

    public bool TryGetIndex(string id, out int index) => indexById.TryGetValue(id, out index);

    public int IndexOf(string id) =>
        indexById.TryGetValue(id, out var index) ? index : throw new KeyNotFoundException($"No node '{id}' in the graph.");

    /// <summary>The weight of the edge between <paramref name="u"/> and <paramref name="v"/>, or 0 when there is none.</summary>
    public double WeightBetween(int u, int v)
    {
        var neighbors = Neighbors(u);
        var position = neighbors.BinarySearch(v);
        return position >= 0 ? NeighborWeights(u)[position] : 0.0;
    }
}
