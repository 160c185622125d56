using System.Buffers;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Clustering;

/// <summary>
/// Per node, twice its (weighted) triangle count: <c>Σ_{v ∈ N(u)} Σ_{w ∈ N(u) ∩ N(v)} x_uvw</c>, with <c>x = 1</c>
/// unweighted and, weighted, the geometric mean <c>(ŵ_uv ŵ_uw ŵ_vw)^{1/3}</c> of the three edge weights normalized by
/// the largest weight in the graph. This is the <c>t</c> NetworkX's <c>_triangles_and_degree_iter</c> (unweighted) and
/// <c>_weighted_triangles_and_degree_iter</c> yield: the one count behind <see cref="LocalClustering"/>,
/// <see cref="Transitivity"/>, <see cref="AverageClustering"/> and Borgatti's effective size.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> The "forward" (compact-forward) triangle listing of Schank and Wagner, with a mark array in
/// place of list intersection: order the nodes by (degree, index) and point every edge from its lower to its higher
/// end; then, for each node <c>u</c>, mark its out-neighbours, and for each out-neighbour <c>v</c> scan the
/// out-neighbours <c>w</c> of <c>v</c>: a marked <c>w</c> closes the triangle <c>u → v → w</c>. Each triangle is found
/// exactly once, from its lowest-ranked corner, and credits its value to all three corners (twice each, since every
/// corner sees it from two of its edges).</para>
/// <para><b>Layout.</b> One loop serves every caller: what a closed triangle credits is a struct the JIT compiles into
/// the loop (<see cref="ITriangleSink"/>), so the total (transitivity) writes nothing per node, the per-node integer
/// count adds its 0 or 1 to the third corner without a branch, and only the weighted count branches on a closed
/// triangle (to take its cube root). The marks are bytes read as that 0 or 1, set for a corner's out-neighbours and
/// cleared after it. The oriented adjacency (<see cref="ForwardAdjacency"/>) is rented from the shared pool, so a call
/// allocates only what it returns.</para>
/// <para><b>Complexity.</b> O(m^{3/2}) time, since ordering by degree leaves every node at most O(√m) out-neighbours;
/// O(n + m) extra memory for the oriented adjacency and the marks.</para>
/// <para><b>References.</b> Schank, T. and Wagner, D., "Finding, counting and listing all triangles in large graphs,
/// an experimental study", WEA 2005, LNCS 3503, 606–609, doi:10.1007/11427186_54. Latapy, M., "Main-memory triangle
/// computations for very large (sparse (power-law)) graphs", Theoretical Computer Science 407, 458–473 (2008),
/// doi:10.1016/j.tcs.2008.07.017.</para>
/// </remarks>
internal static class Triangles
{
    /// <summary>Twice each node's triangle value; looks at <paramref name="cancellationToken"/> every 1,024 lowest corners.</summary>
    public static double[] Twice(UndirectedGraph graph, bool weighted, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var n = graph.NodeCount;
        var result = new double[n];
        if (graph.EdgeCount == 0)
        {
            return result;
        }

        if (!weighted)
        {
            var counts = ArrayPool<int>.Shared.Rent(n);
            Array.Clear(counts, 0, n);
            Count(graph, counts, cancellationToken);
            for (var u = 0; u < n; u++)
            {
                result[u] = 2.0 * counts[u];
            }

            ArrayPool<int>.Shared.Return(counts);
            return result;
        }

        using var adjacency = ForwardAdjacency.Rent(graph, weighted: true);
        var markWeight = ArrayPool<double>.Shared.Rent(n);
        var sink = new WeightedSink(result, adjacency.Weights!, markWeight);
        List(adjacency, ref sink, cancellationToken);
        ArrayPool<double>.Shared.Return(markWeight);
        return result;
    }

    /// <summary>
    /// The number of triangles, unweighted; with <paramref name="perNode"/> (at least n long, zero on entry) also each
    /// node's count. Looks at <paramref name="cancellationToken"/> every 1,024 lowest corners.
    /// </summary>
    public static long Count(UndirectedGraph graph, int[]? perNode, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (graph.EdgeCount == 0)
        {
            return 0;
        }

        using var adjacency = ForwardAdjacency.Rent(graph, weighted: false);
        if (perNode is null)
        {
            var total = default(TotalSink);
            return List(adjacency, ref total, cancellationToken);
        }

        var sink = new PerNodeSink(perNode);
        return List(adjacency, ref sink, cancellationToken);
    }

    /// <summary>
    /// The forward listing itself: for each node <c>u</c>, mark its out-neighbours; for each out-neighbour <c>v</c>, read
    /// the mark of each out-neighbour <c>w</c> of <c>v</c> (1 closes the triangle <c>u → v → w</c>). Returns the number of
    /// triangles.
    /// </summary>
    private static long List<TSink>(ForwardAdjacency adjacency, ref TSink sink, CancellationToken cancellationToken)
        where TSink : struct, ITriangleSink
    {
        var starts = adjacency.Starts;
        var ends = adjacency.Ends;
        var targets = adjacency.Targets;
        var mark = adjacency.Mark;
        long total = 0;
        for (var u = 0; u < adjacency.NodeCount; u++)
        {
            Checkpoint.Every(u, cancellationToken);
            int start = starts[u], end = ends[u];
            if (end - start < 2)
            {
                continue;                                       // a triangle's lowest corner has two out-edges
            }

            for (var i = start; i < end; i++)
            {
                mark[targets[i]] = 1;
                sink.Mark(i, targets[i]);
            }

            var atU = 0;
            for (var i = start; i < end; i++)
            {
                var v = targets[i];
                var atV = 0;
                for (var j = starts[v]; j < ends[v]; j++)
                {
                    var w = targets[j];
                    int closed = mark[w];
                    atV += closed;
                    sink.Closed(u, i, v, j, w, closed);
                }

                atU += atV;
                sink.AtSecond(v, atV);
            }

            total += atU;
            sink.AtFirst(u, atU);
            for (var i = start; i < end; i++)
            {
                mark[targets[i]] = 0;
            }
        }

        return total;
    }

    /// <summary>
    /// What a triangle found from its lowest corner <c>u</c>, through <c>v</c>, to <c>w</c> credits. A struct, so the JIT
    /// compiles one copy of <see cref="List"/> per sink with the calls inlined (and the empty ones gone).
    /// </summary>
    private interface ITriangleSink
    {
        /// <summary><c>w</c> is marked as an out-neighbour of the current corner through kept edge <paramref name="slot"/>.</summary>
        void Mark(int slot, int w);

        /// <summary>
        /// <c>w</c> (kept edge <paramref name="j"/> from <c>v</c>, itself kept edge <paramref name="i"/> from <c>u</c>) was
        /// looked at; <paramref name="closed"/> is 1 when it closes a triangle, 0 when not.
        /// </summary>
        void Closed(int u, int i, int v, int j, int w, int closed);

        /// <summary>The triangles found through the edge <c>u → v</c>, all crediting <paramref name="v"/>.</summary>
        void AtSecond(int v, int count);

        /// <summary>The triangles whose lowest corner is <paramref name="u"/>.</summary>
        void AtFirst(int u, int count);
    }

    /// <summary>Only the total, which <see cref="List"/> keeps itself.</summary>
    private struct TotalSink : ITriangleSink
    {
        public readonly void Mark(int slot, int w)
        {
        }

        public readonly void Closed(int u, int i, int v, int j, int w, int closed)
        {
        }

        public readonly void AtSecond(int v, int count)
        {
        }

        public readonly void AtFirst(int u, int count)
        {
        }
    }

    /// <summary>Each node's count: the third corner gets its 0 or 1 on every look, the other two their sums.</summary>
    private readonly struct PerNodeSink(int[] perNode) : ITriangleSink
    {
        public void Mark(int slot, int w)
        {
        }

        public void Closed(int u, int i, int v, int j, int w, int closed) => perNode[w] += closed;

        public void AtSecond(int v, int count) => perNode[v] += count;

        public void AtFirst(int u, int count) => perNode[u] += count;
    }

    /// <summary>
    /// Twice each node's weighted value: a closed triangle adds <c>2 (ŵ_uv ŵ_uw ŵ_vw)^{1/3}</c> to all three corners, in
    /// the order the listing finds them (so the sums are the same, bit for bit, on every run).
    /// </summary>
    private readonly struct WeightedSink(double[] result, double[] weights, double[] markWeight) : ITriangleSink
    {
        public void Mark(int slot, int w) => markWeight[w] = weights[slot];

        public void Closed(int u, int i, int v, int j, int w, int closed)
        {
            if (closed == 0)
            {
                return;
            }

            var value = 2.0 * Math.Cbrt(weights[i] * markWeight[w] * weights[j]);
            result[u] += value;
            result[v] += value;
            result[w] += value;
        }

        public void AtSecond(int v, int count)
        {
        }

        public void AtFirst(int u, int count)
        {
        }
    }
}
