using System.Runtime.Intrinsics;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>
/// How much the network leans on its backbone: of the pairs of organizations other than the backbone that are joined
/// by a path, the share that are farther apart, or no longer joined, when the backbone is removed (analyses.md §6,
/// "backbone dependence"). A high share means partners reach each other mostly through the backbone; as a collective
/// impact network matures, partners should connect directly (Kania &amp; Kramer 2011, backbone support).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> G the graph (ORGANIZATIONS), b the backbone, G − b without it. Over unordered pairs {s, t}
/// of nodes other than b with d_G(s, t) finite: dependent when d_{G−b}(s, t) &gt; d_G(s, t) (infinite counts as greater).
/// Equivalently: every shortest s–t path passes through b. Exact.</para>
/// <para><b>Method.</b> Removing a node can only lengthen distances, so a pair depends on b exactly when, at the level
/// where a search from s first reaches t in G, the search in G − b has not reached t yet. Both searches run level by
/// level side by side, 256 sources at a time as bit-parallel multi-source breadth-first searches (Then et al. 2014,
/// "The more the merrier", PVLDB 8(4)): per level and node, the sources newly reaching it in G and not yet reaching it
/// in G − b are counted with a popcount. Each ordered pair is met once from each end, so the counts are halved.</para>
/// <para><b>Complexity.</b> O(⌈n/256⌉ · (D + 1) · (n + m)) 256-bit operations for diameter D, on <c>workers</c>
/// threads, O(n) memory per thread (six 32-byte sets per node).</para>
/// </remarks>
public static class BackboneDependence
{
    private const int BatchSize = 256;

    /// <summary>Counts the pairs of <paramref name="graph"/>'s nodes other than <paramref name="backbone"/> (a node index) that depend on it.</summary>
    public static BackboneDependenceResult Compute(UndirectedGraph graph, int backbone, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(backbone);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(backbone, graph.NodeCount);
        var workers = Parallelism.Resolve(maxDegreeOfParallelism);
        var sources = Enumerable.Range(0, graph.NodeCount).Where(v => v != backbone && graph.Degree(v) > 0).ToArray();
        var batches = (sources.Length + BatchSize - 1) / BatchSize;
        long connected = 0;
        long dependent = 0;
        Parallel.For(
            0,
            batches,
            Parallelism.Options(Math.Max(1, Math.Min(workers, batches)), cancellationToken),
            () => new Buffers(graph.NodeCount),
            (batch, _, buffers) =>
            {
                Batch(graph, backbone, sources, batch * BatchSize, buffers, cancellationToken);
                return buffers;
            },
            buffers =>
            {
                Interlocked.Add(ref connected, buffers.Connected);
                Interlocked.Add(ref dependent, buffers.Dependent);
            });
        return new BackboneDependenceResult(connected / 2, dependent / 2);
    }

    private static void Batch(UndirectedGraph graph, int backbone, int[] sources, int first, Buffers buffers, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var (seen, frontier, next, seenWithout, frontierWithout, nextWithout) =
            (buffers.Seen, buffers.Frontier, buffers.Next, buffers.SeenWithout, buffers.FrontierWithout, buffers.NextWithout);
        Array.Clear(seen);
        Array.Clear(frontier);
        Array.Clear(seenWithout);
        Array.Clear(frontierWithout);
        var count = Math.Min(BatchSize, sources.Length - first);
        for (var i = 0; i < count; i++)
        {
            var bit = ComponentDistanceTotal.Bit(i);
            var source = sources[first + i];
            seen[source] = frontier[source] = seenWithout[source] = frontierWithout[source] = bit;
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var any = false;
            for (var node = 0; node < n; node++)
            {
                var incoming = Vector256<ulong>.Zero;
                var incomingWithout = Vector256<ulong>.Zero;
                foreach (var neighbor in graph.Neighbors(node))
                {
                    incoming |= frontier[neighbor];
                    incomingWithout |= frontierWithout[neighbor];   // the backbone's frontier is always empty
                }

                var fresh = Vector256.AndNot(incoming, seen[node]);
                next[node] = fresh;
                if (node == backbone)
                {
                    // Reached in G, counted for no pair; never reached in G − b, so it passes nothing on there.
                    seen[node] |= fresh;
                    nextWithout[node] = Vector256<ulong>.Zero;
                    any |= fresh != Vector256<ulong>.Zero;
                    continue;
                }

                var freshWithout = Vector256.AndNot(incomingWithout, seenWithout[node]);
                nextWithout[node] = freshWithout;
                seenWithout[node] |= freshWithout;
                if (fresh != Vector256<ulong>.Zero)
                {
                    any = true;
                    seen[node] |= fresh;
                    buffers.Connected += ComponentDistanceTotal.PopCount(fresh);
                    // Reached in G at this level but not yet in G − b (which cannot be shorter): the pair depends on b.
                    buffers.Dependent += ComponentDistanceTotal.PopCount(Vector256.AndNot(fresh, seenWithout[node]));
                }
            }

            if (!any)
            {
                return;
            }

            (frontier, next) = (next, frontier);
            (frontierWithout, nextWithout) = (nextWithout, frontierWithout);
        }
    }

    private sealed class Buffers(int nodes)
    {
        public Vector256<ulong>[] Seen { get; } = new Vector256<ulong>[nodes];

        public Vector256<ulong>[] Frontier { get; set; } = new Vector256<ulong>[nodes];

        public Vector256<ulong>[] Next { get; set; } = new Vector256<ulong>[nodes];

        public Vector256<ulong>[] SeenWithout { get; } = new Vector256<ulong>[nodes];

        public Vector256<ulong>[] FrontierWithout { get; set; } = new Vector256<ulong>[nodes];

        public Vector256<ulong>[] NextWithout { get; set; } = new Vector256<ulong>[nodes];

        public long Connected { get; set; }

        public long Dependent { get; set; }
    }
}
