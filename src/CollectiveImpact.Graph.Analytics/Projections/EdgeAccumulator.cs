using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// Collects connections between node indices and collapses parallel ones: each <see cref="Add"/> is one distinct
/// connection (callers drop duplicates first), so an edge's weight is how many were added for its pair.
/// </summary>
/// <remarks>
/// Connections are appended to flat arrays and grouped by sorting once in <see cref="Build"/>: cheaper than a hash
/// table per pair when a projection has hundreds of thousands of edges.
/// </remarks>
internal sealed class EdgeAccumulator
{
    private long[] pairs = new long[1024];
    private byte[] relations = new byte[1024];
    private int count;

    /// <summary>Records one connection; a connection of a node with itself has no edge and is ignored.</summary>
    public void Add(int a, int b, EdgeRelation relation)
    {
        if (a == b)
        {
            return;
        }

        if (count == pairs.Length)
        {
            Array.Resize(ref pairs, count * 2);
            Array.Resize(ref relations, count * 2);
        }

        var (u, v) = a < b ? (a, b) : (b, a);
        pairs[count] = ((long)u << 32) | (uint)v;
        relations[count] = (byte)relation;
        count++;
    }

    /// <summary>The graph, and each edge's relation mask aligned with <see cref="UndirectedGraph.Edges"/> (sorted by (U, V)).</summary>
    public (UndirectedGraph Graph, uint[] RelationMasks) Build(string[] nodeIds)
    {
        Array.Sort(pairs, relations, 0, count);
        var edges = new WeightedEdge[CountDistinct()];
        var masks = new uint[edges.Length];
        var e = 0;
        for (var start = 0; start < count;)
        {
            var end = start;
            var mask = 0u;
            while (end < count && pairs[end] == pairs[start])
            {
                mask |= NetworkProjection.Bit((EdgeRelation)relations[end]);
                end++;
            }

            edges[e] = new WeightedEdge((int)(pairs[start] >> 32), (int)(pairs[start] & 0xFFFFFFFF), end - start);
            masks[e++] = mask;
            start = end;
        }

        // The pairs are sorted by (U, V), U < V, and distinct: the graph keeps that order, so masks[k] describes
        // graph.Edges[k], and needs neither its hash set nor its sort.
        return (UndirectedGraph.CreateSorted(nodeIds, edges), masks);
    }

    private int CountDistinct()
    {
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            if (i == 0 || pairs[i] != pairs[i - 1])
            {
                distinct++;
            }
        }

        return distinct;
    }
}
