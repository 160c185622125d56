using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// One worker's batched Brandes for unweighted betweenness: <see cref="Lanes"/> consecutive sources searched at once,
/// one lane each, so that a node's adjacency is scanned once per distinct distance it has from the batch instead of
/// once per source (the multi-source breadth-first search of Then et al. 2014, applied to Brandes as in Then,
/// Günnemann, Kemper and Neumann 2017). Each vertex stands for ω of the original ones
/// (<see cref="BetweennessPendantFolding"/>); the numbers are those of <see cref="BetweennessUnweightedBrandes"/>
/// source by source, up to the order in which each node's per-source terms are added.
/// </summary>
/// <remarks>
/// <para>Why it pays: the folded core is relabelled in breadth-first order, so consecutive sources are near each other
/// and a vertex is at one or two distinct distances from all of a batch's sources. The unbatched kernel is bound by
/// memory latency (one random access per arc and source); here one access per arc and distinct distance loads the
/// path counts of every lane in one cache line (a <see cref="Vector512{T}"/> of eight doubles).</para>
/// <para>Forward: level by level, a frontier entry is (vertex, lanes at that distance); a neighbour first reached in
/// some lanes gets those lanes' path counts added, masked. Each new level is put in vertex order (sorted, or collected
/// by a pass over the vertices when large), so a sweep reads the vertices' own lines and adjacency front to back.
/// Backward, deepest level first: share(w) = (ω(w) + δ(w)) / σ(w) per lane, and δ(v) = σ(v) · Σ share(w) over v's
/// neighbours w one level further. One vector per vertex holds both: σ in the lanes not yet accumulated, the share in
/// those done, so the working set is 64 bytes a vertex (13 MB on FULL-20000's core, within the last-level cache for
/// both workers). No per-lane distances are kept: for a vertex at level d in some lanes, a neighbour's successors in
/// those lanes are at d + 1, which is the last level done at the time d is processed; each vertex records that level
/// and its lanes, so a neighbour not done at d + 1 is skipped without loading its line, and one that is contributes
/// its d + 1 lanes only. A frontier entry whose forward scan reached no vertex has no successor in its lanes, so
/// nothing depends on it there: the backward pass skips its scan (the entry records that in the forward pass).</para>
/// <para>Memory: each vertex's line starts on a cache line (<see cref="CacheLineVectors"/>), and the inner loops read
/// the adjacency and per-vertex arrays by reference, without bounds checks: every index comes from the graph's own
/// adjacency (a vertex below n) or from the frontier (below its count), and a lane set is a byte (below 256 masks).
/// Against the checked loops the JIT's code no longer depends on what tiered profiling saw: the backward pass went
/// from 3.4 s to 2.1–2.2 s on 200 batches of FULL-20000 with tiering off, and a full call on FULL-20000 from 519 s to
/// 321–401 s.</para>
/// <para>Path counts σ are doubles, as NetworkX's: exact up to 2^53 shortest paths per pair.</para>
/// <para><b>References.</b> Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K., Kemper, A., Neumann, T.
/// and Vo, H. T., "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4), 449–460, 2014.
/// doi:10.14778/2735496.2735507. Then, M., Günnemann, S., Kemper, A. and Neumann, T., "Efficient batched distance and
/// centrality computation in unweighted and weighted graphs", BTW 2017, 247–266.</para>
/// </remarks>
internal sealed class BetweennessBatchedBrandes
{
    /// <summary>Sources per batch: one lane each, eight doubles to a 64-byte cache line.</summary>
    public const int Lanes = 8;

    /// <summary>A <see cref="finished"/> value no level matches.</summary>
    private const int Unfinished = -1;

    /// <summary>For each set of lanes (a byte), a vector whose chosen lanes are all ones and the others zero.</summary>
    private static readonly CacheLineVectors LaneMasks = BuildLaneMasks();

    private readonly UndirectedGraph graph;
    private readonly double[] omega;
    private readonly CacheLineVectors pathLines;
    private readonly byte[] seen;
    private readonly byte[] reaching;
    private readonly int[] finished;
    private readonly List<int> levelStart = [];
    private int[] entryVertex;
    private byte[] entryLanes;
    private byte[] entryHasSuccessors;
    private Vector512<double>[] levelDependency;
    private int entryCount;

    public BetweennessBatchedBrandes(UndirectedGraph graph, double[] omega)
    {
        this.graph = graph;
        this.omega = omega;
        var n = graph.NodeCount;
        pathLines = new CacheLineVectors(n);
        seen = new byte[n];
        reaching = new byte[n];
        finished = new int[n];
        entryVertex = new int[Math.Max(Lanes, n)];
        entryLanes = new byte[entryVertex.Length];
        entryHasSuccessors = new byte[entryVertex.Length];
        levelDependency = new Vector512<double>[Math.Min(n, 1024)];
    }

    /// <summary>Frontier entries (vertex, distinct distance) of the last batch: its adjacency scans per phase.</summary>
    public int LastEntryCount => entryCount;

    /// <summary>How many batches cover <paramref name="nodeCount"/> sources.</summary>
    public static int BatchCount(int nodeCount) => (nodeCount + Lanes - 1) / Lanes;

    /// <summary>
    /// Adds, for every source s of batch <paramref name="batch"/> (sources batch · <see cref="Lanes"/> onwards) and
    /// every node v ≠ s, ω(s) · δ(s | v) to <paramref name="total"/>.
    /// </summary>
    public void Accumulate(int batch, double[] total)
    {
        var first = batch * Lanes;
        var count = Math.Min(Lanes, graph.NodeCount - first);
        Search(first, count);
        AccumulateBackwards(first, total);
        var paths = pathLines.Span;
        for (var e = 0; e < entryCount; e++)
        {
            var v = entryVertex[e];
            paths[v] = Vector512<double>.Zero;
            seen[v] = 0;
        }
    }

    /// <summary>
    /// Multi-source breadth-first search counting shortest paths per lane. Leaves the frontier entries level by level
    /// in <see cref="entryVertex"/> / <see cref="entryLanes"/>, level k from <c>levelStart[k]</c>, each level in
    /// vertex order.
    /// </summary>
    private void Search(int first, int count)
    {
        var paths = pathLines.Span;
        var laneMasks = LaneMasks.Span;
        entryCount = 0;
        levelStart.Clear();
        levelStart.Add(0);
        for (var lane = 0; lane < count; lane++)
        {
            var s = first + lane;
            seen[s] = (byte)(1 << lane);
            finished[s] = Unfinished;
            paths[s] = Vector512<double>.Zero.WithElement(lane, 1.0);
            Push(s, (byte)(1 << lane));
        }

        ref var pathsRef = ref MemoryMarshal.GetReference(paths);
        ref var masksRef = ref MemoryMarshal.GetReference(laneMasks);
        ref var offsets = ref MemoryMarshal.GetReference(graph.AdjacencyOffsets);
        ref var targets = ref MemoryMarshal.GetReference(graph.AdjacencyTargets);
        ref var seenRef = ref MemoryMarshal.GetArrayDataReference(seen);
        ref var reachingRef = ref MemoryMarshal.GetArrayDataReference(reaching);
        ref var vertexRef = ref MemoryMarshal.GetArrayDataReference(entryVertex);
        ref var lanesRef = ref MemoryMarshal.GetArrayDataReference(entryLanes);
        var begin = 0;
        while (begin < entryCount)
        {
            var end = entryCount;
            levelStart.Add(end);
            for (var e = begin; e < end; e++)
            {
                var v = Unsafe.Add(ref vertexRef, e);
                var lanes = Unsafe.Add(ref lanesRef, e);
                var counts = Unsafe.Add(ref pathsRef, v);
                var stop = Unsafe.Add(ref offsets, v + 1);
                var reached = 0;
                for (var j = Unsafe.Add(ref offsets, v); j < stop; j++)
                {
                    var w = Unsafe.Add(ref targets, j);
                    var fresh = lanes & ~Unsafe.Add(ref seenRef, w);
                    reached |= fresh;
                    if (fresh != 0)
                    {
                        ref var reach = ref Unsafe.Add(ref reachingRef, w);
                        if (reach == 0)
                        {
                            Push(w, 0);
                            vertexRef = ref MemoryMarshal.GetArrayDataReference(entryVertex);
                            lanesRef = ref MemoryMarshal.GetArrayDataReference(entryLanes);
                        }

                        reach |= (byte)fresh;
                        Unsafe.Add(ref pathsRef, w) += counts & Unsafe.Add(ref masksRef, fresh);
                    }
                }

                entryHasSuccessors[e] = (byte)(reached != 0 ? 1 : 0);
            }

            // The level is complete: its lanes become final, and the next level starts from what it reached.
            SortLevel(end);
            for (var e = end; e < entryCount; e++)
            {
                var w = entryVertex[e];
                entryLanes[e] = reaching[w];
                seen[w] |= reaching[w];
                reaching[w] = 0;
                finished[w] = Unfinished;
            }

            begin = end;
        }
    }

    /// <summary>
    /// Puts the level just reached (entries from <paramref name="start"/>) in vertex order, so that the next sweep
    /// reads the vertices' own lines and adjacency front to back. A small level is sorted; a large one is collected
    /// by a pass over the vertices, cheaper than sorting when the level holds a good part of them.
    /// </summary>
    private void SortLevel(int start)
    {
        var size = entryCount - start;
        var n = graph.NodeCount;
        if (size < 2)
        {
            return;
        }

        if ((long)size * 16 < n)
        {
            Array.Sort(entryVertex, start, size);
            return;
        }

        var e = start;
        for (var w = 0; w < n; w++)
        {
            if (reaching[w] != 0)
            {
                entryVertex[e++] = w;
            }
        }
    }

    /// <summary>
    /// Backward accumulation, deepest level first. <see cref="pathLines"/> holds σ in the lanes not yet accumulated and
    /// the share (ω + δ) / σ in those done; <see cref="finished"/> says, per vertex, the last level done and its lanes.
    /// </summary>
    private void AccumulateBackwards(int first, double[] total)
    {
        var paths = pathLines.Span;
        var laneMasks = LaneMasks.Span;
        Span<double> sourceWeight = stackalloc double[Lanes];
        for (var lane = 0; lane < Lanes; lane++)
        {
            sourceWeight[lane] = first + lane < omega.Length ? omega[first + lane] : 0.0;
        }

        ref var pathsRef = ref MemoryMarshal.GetReference(paths);
        ref var masksRef = ref MemoryMarshal.GetReference(laneMasks);
        ref var offsets = ref MemoryMarshal.GetReference(graph.AdjacencyOffsets);
        ref var targets = ref MemoryMarshal.GetReference(graph.AdjacencyTargets);
        ref var finishedRef = ref MemoryMarshal.GetArrayDataReference(finished);
        ref var vertexRef = ref MemoryMarshal.GetArrayDataReference(entryVertex);

        // levelStart[^1] is the end of the last level; level 0 (the sources themselves) scores nothing.
        for (var level = levelStart.Count - 2; level > 0; level--)
        {
            var begin = levelStart[level];
            var end = levelStart[level + 1];
            if (levelDependency.Length < end - begin)
            {
                levelDependency = new Vector512<double>[Math.Max(end - begin, 2 * levelDependency.Length)];
            }

            // For a vertex at this level in some lane, a neighbour's successors in that lane are at the next level,
            // the last one done: only those lanes of its line are shares, and only neighbours done there are read.
            var successorLevel = level + 1;
            for (var e = begin; e < end; e++)
            {
                var v = Unsafe.Add(ref vertexRef, e);
                if (entryHasSuccessors[e] == 0)
                {
                    levelDependency[e - begin] = Vector512<double>.Zero;
                    continue; // no neighbour is one step further in these lanes: nothing depends on v here
                }

                var sum = Vector512<double>.Zero;
                var stop = Unsafe.Add(ref offsets, v + 1);
                for (var j = Unsafe.Add(ref offsets, v); j < stop; j++)
                {
                    var w = Unsafe.Add(ref targets, j);
                    var done = Unsafe.Add(ref finishedRef, w);
                    if (done >> 8 == successorLevel)
                    {
                        sum += Unsafe.Add(ref pathsRef, w) & Unsafe.Add(ref masksRef, done & 0xFF);
                    }
                }

                levelDependency[e - begin] = paths[v] * sum;
            }

            for (var e = begin; e < end; e++)
            {
                var v = entryVertex[e];
                var lanes = entryLanes[e];
                var dependency = levelDependency[e - begin];
                var counts = paths[v];
                paths[v] = Vector512.ConditionalSelect(laneMasks[lanes], (Vector512.Create(omega[v]) + dependency) / counts, counts);
                finished[v] = (level << 8) | lanes;
                for (var rest = (uint)lanes; rest != 0; rest &= rest - 1)
                {
                    var lane = BitOperations.TrailingZeroCount(rest);
                    total[v] += sourceWeight[lane] * dependency.GetElement(lane);
                }
            }
        }
    }

    private void Push(int vertex, byte lanes)
    {
        if (entryCount == entryVertex.Length)
        {
            Array.Resize(ref entryVertex, 2 * entryVertex.Length);
            Array.Resize(ref entryLanes, entryVertex.Length);
            Array.Resize(ref entryHasSuccessors, entryVertex.Length);
        }

        entryVertex[entryCount] = vertex;
        entryLanes[entryCount] = lanes;
        entryCount++;
    }

    private static CacheLineVectors BuildLaneMasks()
    {
        var lines = new CacheLineVectors(1 << Lanes);
        var masks = lines.Span;
        var allOnes = BitConverter.Int64BitsToDouble(-1L);
        for (var bits = 0; bits < masks.Length; bits++)
        {
            var mask = Vector512<double>.Zero;
            for (var lane = 0; lane < Lanes; lane++)
            {
                if ((bits & (1 << lane)) != 0)
                {
                    mask = mask.WithElement(lane, allOnes);
                }
            }

            masks[bits] = mask;
        }

        return lines;
    }
}
