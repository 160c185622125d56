using System.Numerics;
using System.Runtime.Intrinsics;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Traversal;

/// <summary>
/// The sum of unweighted shortest-path lengths over all ordered pairs of one connected component, Σ_{s ≠ t} d(s, t),
/// and optionally every node's own sum, by multi-source breadth-first search: 256 sources advance together, one bit
/// each, through bitsets. What-if's average path, its update after introductions, and unweighted closeness use it.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> The total NetworkX's <c>average_shortest_path_length</c> divides by k (k − 1) on a
/// connected graph of k nodes; the same integer, so the average is the same double.</para>
/// <para><b>Method.</b> Each node keeps a 256-bit set of the batch's sources that have reached it (<c>seen</c>) and of
/// those that reached it at the last level (<c>frontier</c>). A level pulls, for every node, the union of its
/// neighbours' frontiers minus what it has seen; each new bit is one source reaching it at this distance, so the level
/// adds distance × popcount. One pass over the edges serves 256 searches, and a node every source has reached is
/// skipped. Then, M. et al. (2014) "The More the Merrier: Efficient Multi-Source Graph Traversal", PVLDB 8(4), 449–460.</para>
/// <para><b>Complexity.</b> O(⌈k/256⌉ · L · (k + E)) vector operations for L levels (at most the diameter + 1), on
/// <c>workers</c> threads (one batch at a time each), O(k) memory per thread (three 32-byte sets per node).</para>
/// </remarks>
internal static class ComponentDistanceTotal
{
    private const int BatchSize = 256;

    /// <summary>Σ d(s, t) over ordered pairs of <paramref name="members"/>, which must be one connected component of <paramref name="graph"/>.</summary>
    public static long Compute(UndirectedGraph graph, IReadOnlyList<int> members, int workers, CancellationToken cancellationToken) =>
        Compute(graph, members, members, workers, null, cancellationToken);

    /// <summary>
    /// Σ d(s, t) over <paramref name="sources"/> s and the nodes t they reach, where <paramref name="members"/> is
    /// one connected component of <paramref name="graph"/> (or a union of components: every neighbour of a member is
    /// one) holding every source; when <paramref name="columnSums"/> is given (one slot per node), adds Σ_s d(s, t) to
    /// its slot t for every member t (with every member a source, that is t's own row sum, distances being
    /// symmetric). Sources listed component by component keep a batch to one component, where it can skip the nodes
    /// all its sources have reached. <paramref name="progress"/> hears the fraction of batches done.
    /// </summary>
    public static long Compute(
        UndirectedGraph graph,
        IReadOnlyList<int> members,
        IReadOnlyList<int> sources,
        int workers,
        long[]? columnSums,
        CancellationToken cancellationToken,
        IProgress<double>? progress = null)
    {
        var batches = (sources.Count + BatchSize - 1) / BatchSize;
        var counter = new ProgressCounter(progress, batches);
        long total = 0;
        var gate = new Lock();
        Parallel.For(
            0,
            batches,
            Parallelism.Options(Math.Max(1, Math.Min(workers, batches)), cancellationToken),
            () => new Buffers(graph.NodeCount, columnSums is not null),
            (batch, _, buffers) =>
            {
                buffers.Total += Batch(graph, members, sources, batch * BatchSize, buffers, cancellationToken);
                counter.Add();
                return buffers;
            },
            buffers =>
            {
                Interlocked.Add(ref total, buffers.Total);
                if (columnSums is not null)
                {
                    lock (gate)
                    {
                        foreach (var node in members)
                        {
                            columnSums[node] += buffers.Columns![node];
                        }
                    }
                }
            });
        return total;
    }

    private static long Batch(
        UndirectedGraph graph, IReadOnlyList<int> members, IReadOnlyList<int> sources, int first, Buffers buffers, CancellationToken cancellationToken)
    {
        var (seen, frontier, next, columns) = (buffers.Seen, buffers.Frontier, buffers.Next, buffers.Columns);
        var count = Math.Min(BatchSize, sources.Count - first);
        foreach (var node in members)
        {
            seen[node] = frontier[node] = Vector256<ulong>.Zero;
        }

        for (var i = 0; i < count; i++)
        {
            var bit = Bit(i);
            seen[sources[first + i]] = bit;
            frontier[sources[first + i]] = bit;
        }

        var full = count == BatchSize ? Vector256<ulong>.AllBitsSet : FirstBits(count);
        long total = 0;
        for (var distance = 1; ; distance++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long reached = 0;
            foreach (var node in members)
            {
                var known = seen[node];
                if (known == full)
                {
                    next[node] = Vector256<ulong>.Zero;
                    continue;
                }

                var incoming = Vector256<ulong>.Zero;
                foreach (var neighbor in graph.Neighbors(node))
                {
                    incoming |= frontier[neighbor];
                }

                var fresh = Vector256.AndNot(incoming, known);
                next[node] = fresh;
                if (fresh != Vector256<ulong>.Zero)
                {
                    seen[node] = known | fresh;
                    var newly = PopCount(fresh);
                    reached += newly;
                    if (columns is not null)
                    {
                        columns[node] += newly * distance;
                    }
                }
            }

            if (reached == 0)
            {
                return total;
            }

            total += reached * distance;
            (frontier, next) = (next, frontier);
        }
    }

    /// <summary>How many of the 256 lanes are set (shared with <see cref="Change.BackboneDependence"/>).</summary>
    internal static long PopCount(Vector256<ulong> bits) =>
        BitOperations.PopCount(bits.GetElement(0)) + BitOperations.PopCount(bits.GetElement(1))
        + BitOperations.PopCount(bits.GetElement(2)) + BitOperations.PopCount(bits.GetElement(3));

    /// <summary>Lane <paramref name="i"/> of 256 alone (shared with <see cref="Change.BackboneDependence"/>).</summary>
    internal static Vector256<ulong> Bit(int i)
    {
        Span<ulong> words = stackalloc ulong[4];
        words[i / 64] = 1UL << (i % 64);
        return Vector256.Create<ulong>(words);
    }

    private static Vector256<ulong> FirstBits(int count)
    {
        Span<ulong> words = stackalloc ulong[4];
        for (var w = 0; w < 4; w++)
        {
            var bits = Math.Clamp(count - (w * 64), 0, 64);
            words[w] = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        }

        return Vector256.Create<ulong>(words);
    }

    /// <summary>One thread's sets, by node index, reused across its batches.</summary>
    private sealed class Buffers(int nodes, bool columns)
    {
        public long[]? Columns { get; } = columns ? new long[nodes] : null;

        public Vector256<ulong>[] Seen { get; } = new Vector256<ulong>[nodes];

        public Vector256<ulong>[] Frontier { get; set; } = new Vector256<ulong>[nodes];

        public Vector256<ulong>[] Next { get; set; } = new Vector256<ulong>[nodes];

        public long Total { get; set; }
    }
}
