using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Clustering;

/// <summary>
/// The common neighbours of the two ends of an edge: the one primitive behind triangles (clustering, transitivity,
/// Borgatti's effective size) and the indirect terms of Burt's constraint and weighted effective size.
/// </summary>
/// <remarks>
/// Adjacency lists are sorted, so the intersection is a linear merge, or a binary search of the shorter list into the
/// longer one when they are very unequal (a hub and a leaf): O(min(d_u, d_v) · log max(d_u, d_v)) then, which keeps
/// a backbone hub with tens of thousands of ties from making every edge at it cost its whole degree.
/// </remarks>
internal static class CommonNeighbors
{
    /// <summary>
    /// Writes, for each common neighbour <c>w</c> of <paramref name="u"/> and <paramref name="v"/>, its position in
    /// <c>Neighbors(u)</c> to <paramref name="atU"/> and in <c>Neighbors(v)</c> to <paramref name="atV"/> (so the caller
    /// reads <c>w</c> and both edge weights without another lookup), in ascending order of <c>w</c>; returns how many.
    /// Both buffers must hold at least <c>min(Degree(u), Degree(v))</c> entries.
    /// </summary>
    public static int Find(UndirectedGraph graph, int u, int v, Span<int> atU, Span<int> atV)
    {
        var nu = graph.Neighbors(u);
        var nv = graph.Neighbors(v);
        if (nu.Length > nv.Length)
        {
            return FindOrdered(nv, nu, atV, atU);
        }

        return FindOrdered(nu, nv, atU, atV);
    }

    private static int FindOrdered(ReadOnlySpan<int> shorter, ReadOnlySpan<int> longer, Span<int> atShorter, Span<int> atLonger)
    {
        var count = 0;
        if (shorter.Length == 0)
        {
            return 0;
        }

        if ((long)shorter.Length * (BitLength(longer.Length) + 1) < shorter.Length + longer.Length)
        {
            var from = 0;
            for (var i = 0; i < shorter.Length && from < longer.Length; i++)
            {
                var found = longer[from..].BinarySearch(shorter[i]);
                if (found >= 0)
                {
                    atShorter[count] = i;
                    atLonger[count] = from + found;
                    count++;
                    from += found + 1;
                }
                else
                {
                    from += ~found;
                }
            }

            return count;
        }

        var a = 0;
        var b = 0;
        while (a < shorter.Length && b < longer.Length)
        {
            if (shorter[a] < longer[b])
            {
                a++;
            }
            else if (shorter[a] > longer[b])
            {
                b++;
            }
            else
            {
                atShorter[count] = a++;
                atLonger[count] = b++;
                count++;
            }
        }

        return count;
    }

    private static int BitLength(int value) => 32 - int.LeadingZeroCount(value);

    /// <summary>The largest degree in the graph: the buffer size <see cref="Find"/> ever needs.</summary>
    public static int MaxDegree(UndirectedGraph graph)
    {
        var max = 0;
        for (var i = 0; i < graph.NodeCount; i++)
        {
            max = Math.Max(max, graph.Degree(i));
        }

        return max;
    }
}
