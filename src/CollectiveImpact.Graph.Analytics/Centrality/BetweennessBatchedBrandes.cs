using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// One worker's batched Brandes for unweighted betweenness: up to <see cref="Lanes"/> sources searched at once, one
/// lane each, so that a node's adjacency is scanned once per distinct distance it has from the batch instead of once
/// per source (the multi-source breadth-first search of Then et al. 2014, applied to Brandes as in Then, Günnemann,
/// Kemper and Neumann 2017). Each vertex stands for ω of the original ones (<see cref="BetweennessPendantFolding"/>);
/// the numbers are those of <see cref="BetweennessUnweightedBrandes"/> source by source, up to the order in which each
/// node's per-source terms are added.
/// </summary>
/// <remarks>
/// <para><b>Batches.</b> A batch's sources share a hub (<see cref="BetweennessBatchPlan"/>), so most of them are at
/// one distance from a far vertex, which is then scanned once for all of them: on FULL-20000's core a vertex is
/// scanned 1.32 times per batch of sixteen, 0.08 times per source, against 0.19 for the eight consecutive sources
/// (breadth-first order) this kernel took before.</para>
/// <para><b>Forward</b>, level by level: a frontier entry is (vertex, lanes at that distance); a neighbour first
/// reached in some lanes gets those lanes' path counts added, masked. Each new level is put in vertex order (sorted,
/// or collected by a pass over the vertices when large), so a sweep reads the vertices' own lines and adjacency front
/// to back. <b>Backward</b>, deepest level first: share(w) = (ω(w) + δ(w)) / σ(w) per lane, and δ(v) = σ(v) · Σ
/// share(w) over v's neighbours w one level further. One pair of vectors per vertex (sixteen doubles, 128 bytes)
/// holds both: σ in the lanes not yet accumulated, the share in those done. No per-lane distances are kept: for a
/// vertex at level d in some lanes, a neighbour's successors in those lanes are at d + 1, the last level done when d
/// is processed; each vertex records that level and its lanes, so a neighbour not done at d + 1 is skipped without
/// loading its lines, and one that is contributes its d + 1 lanes only. A frontier entry whose forward scan reached
/// nothing has no successor in its lanes: the backward pass skips its scan.</para>
/// <para><b>Memory.</b> A vertex's two lines form one 128-byte aligned block (<see cref="CacheLineVectors"/>), the
/// unit an adjacent-line prefetcher fetches together, and the inner loops read the adjacency and per-vertex arrays by
/// reference without bounds checks: every index comes from the graph's own adjacency (a vertex below n) or from the
/// frontier (below its count), and a lane set is split into bytes (below 256 masks). On FULL-20000 a batch's lines are
/// 27 MB; each worker has its own. Two threads sharing one batch's lines (vertices owned by blocks, each thread
/// writing only its own, meeting at a barrier four times a level) were built and measured: no faster than one thread
/// (most likely because each line a thread reads in a level was written by the other core in the one before).</para>
/// <para>Path counts σ are doubles, as NetworkX's: exact up to 2^53 shortest paths per pair.</para>
/// <para><b>References.</b> Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K., Kemper, A., Neumann, T.
/// and Vo, H. T., "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4), 449–460, 2014.
/// doi:10.14778/2735496.2735507. Then, M., Günnemann, S., Kemper, A. and Neumann, T., "Efficient batched distance and
/// centrality computation in unweighted and weighted graphs", BTW 2017, 247–266.</para>
/// </remarks>
internal sealed class BetweennessBatchedBrandes
{
    /// <summary>Sources per batch at most: one lane each, sixteen doubles to two cache lines.</summary>
    public const int Lanes = 16;

    /// <summary>A <see cref="finished"/> value no level matches.</summary>
    private const long Unfinished = -1;

    /// <summary>For each set of eight lanes (a byte), a vector whose chosen lanes are all ones and the others zero.</summary>
    private static readonly CacheLineVectors LaneMasks = BuildLaneMasks();

    private readonly UndirectedGraph graph;
    private readonly double[] omega;
    private readonly CacheLineVectors pathLines;
    private readonly ushort[] seen;
    private readonly ushort[] reaching;
    private readonly long[] finished;
    private readonly List<int> levelStart = [];
    private int[] entryVertex;
    private ushort[] entryLanes;
    private byte[] entryHasSuccessors;
    private Vector512<double>[] levelDependency;
    private int entryCount;

    public BetweennessBatchedBrandes(UndirectedGraph graph, double[] omega)
    {
        this.graph = graph;
        this.omega = omega;
        var n = graph.NodeCount;
        pathLines = new CacheLineVectors(2 * n, alignment: 128);
        seen = new ushort[n];
        reaching = new ushort[n];
        finished = new long[n];
        entryVertex = new int[n + Lanes];
        entryLanes = new ushort[entryVertex.Length];
        entryHasSuccessors = new byte[entryVertex.Length];
        levelDependency = new Vector512<double>[2 * Math.Min(n + 1, 1024)];
    }

    /// <summary>Frontier entries (vertex, distinct distance) of the last batch: its adjacency scans per phase.</summary>
    public int LastEntryCount => entryCount;

    /// <summary>
    /// Adds, for every source s in <paramref name="sources"/> (1 to <see cref="Lanes"/> distinct vertices) and every
    /// node v ≠ s, ω(s) · δ(s | v) to <paramref name="total"/>.
    /// </summary>
    public void Accumulate(ReadOnlySpan<int> sources, double[] total)
    {
        if (sources.Length is 0 or > Lanes)
        {
            throw new ArgumentOutOfRangeException(nameof(sources), sources.Length, $"A batch has 1 to {Lanes} sources.");
        }

        Search(sources);
        AccumulateBackwards(sources, total);
        var paths = pathLines.Span;
        for (var e = 0; e < entryCount; e++)
        {
            var v = entryVertex[e];
            paths[2 * v] = Vector512<double>.Zero;
            paths[(2 * v) + 1] = Vector512<double>.Zero;
            seen[v] = 0;
        }
    }

    /// <summary>
    /// Multi-source breadth-first search counting shortest paths per lane. Leaves the frontier entries level by level
    /// in <see cref="entryVertex"/> / <see cref="entryLanes"/>, level k from <c>levelStart[k]</c>, each level in
    /// vertex order.
    /// </summary>
    private void Search(ReadOnlySpan<int> sources)
    {
        var paths = pathLines.Span;
        entryCount = 0;
        levelStart.Clear();
        levelStart.Add(0);
        for (var lane = 0; lane < sources.Length; lane++)
        {
            var s = sources[lane];
            seen[s] = (ushort)(1 << lane);
            finished[s] = Unfinished;
            paths[(2 * s) + (lane >> 3)] = Vector512<double>.Zero.WithElement(lane & 7, 1.0);
            Push(s, (ushort)(1 << lane));
        }

        Array.Sort(entryVertex, entryLanes, 0, entryCount);
        ref var pathsRef = ref MemoryMarshal.GetReference(paths);
        ref var masksRef = ref MemoryMarshal.GetReference(LaneMasks.Span);
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
                int lanes = Unsafe.Add(ref lanesRef, e);
                var stop = Unsafe.Add(ref offsets, v + 1);
                var reached = 0;
                var low = Vector512<double>.Zero;
                var high = Vector512<double>.Zero;
                for (var j = Unsafe.Add(ref offsets, v); j < stop; j++)
                {
                    var w = Unsafe.Add(ref targets, j);
                    var fresh = lanes & ~Unsafe.Add(ref seenRef, w);
                    if (fresh == 0)
                    {
                        continue;
                    }

                    if (reached == 0)
                    {
                        // v's lines are loaded once it reaches something new: many entries reach nothing.
                        low = Unsafe.Add(ref pathsRef, 2 * v);
                        high = Unsafe.Add(ref pathsRef, (2 * v) + 1);
                    }

                    reached |= fresh;
                    ref var reach = ref Unsafe.Add(ref reachingRef, w);
                    if (reach == 0)
                    {
                        Push(w, 0);
                        vertexRef = ref MemoryMarshal.GetArrayDataReference(entryVertex);
                        lanesRef = ref MemoryMarshal.GetArrayDataReference(entryLanes);
                    }

                    reach |= (ushort)fresh;
                    ref var line = ref Unsafe.Add(ref pathsRef, 2 * w);
                    line += low & Unsafe.Add(ref masksRef, fresh & 0xFF);
                    Unsafe.Add(ref line, 1) += high & Unsafe.Add(ref masksRef, fresh >> 8);
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
    /// the share (ω + δ) / σ in those done; <see cref="finished"/> says, per vertex, the last level done (above the
    /// low 16 bits) and its lanes (the low 16 bits).
    /// </summary>
    private void AccumulateBackwards(ReadOnlySpan<int> sources, double[] total)
    {
        var paths = pathLines.Span;
        var laneMasks = LaneMasks.Span;
        Span<double> weights = stackalloc double[Lanes];
        for (var lane = 0; lane < sources.Length; lane++)
        {
            weights[lane] = omega[sources[lane]];
        }

        var weightLow = Vector512.Create<double>(weights[..8]);
        var weightHigh = Vector512.Create<double>(weights[8..]);
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
            if (levelDependency.Length < 2 * (end - begin))
            {
                levelDependency = new Vector512<double>[Math.Max(2 * (end - begin), 2 * levelDependency.Length)];
            }

            // For a vertex at this level in some lane, a neighbour's successors in that lane are at the next level,
            // the last one done: only those lanes of its lines are shares, and only neighbours done there are read.
            var successorLevel = (long)level + 1;
            ref var dependencyRef = ref MemoryMarshal.GetArrayDataReference(levelDependency);
            for (var e = begin; e < end; e++)
            {
                ref var dependency = ref Unsafe.Add(ref dependencyRef, 2 * (e - begin));
                if (entryHasSuccessors[e] == 0)
                {
                    dependency = Vector512<double>.Zero;
                    Unsafe.Add(ref dependency, 1) = Vector512<double>.Zero;
                    continue; // no neighbour is one step further in these lanes: nothing depends on v here
                }

                var v = Unsafe.Add(ref vertexRef, e);
                var sumLow = Vector512<double>.Zero;
                var sumHigh = Vector512<double>.Zero;
                var stop = Unsafe.Add(ref offsets, v + 1);
                for (var j = Unsafe.Add(ref offsets, v); j < stop; j++)
                {
                    var w = Unsafe.Add(ref targets, j);
                    var done = Unsafe.Add(ref finishedRef, w);
                    if (done >> 16 == successorLevel)
                    {
                        var doneLanes = (int)done;
                        ref var line = ref Unsafe.Add(ref pathsRef, 2 * w);
                        sumLow += line & Unsafe.Add(ref masksRef, doneLanes & 0xFF);
                        sumHigh += Unsafe.Add(ref line, 1) & Unsafe.Add(ref masksRef, (doneLanes >> 8) & 0xFF);
                    }
                }

                ref var counts = ref Unsafe.Add(ref pathsRef, 2 * v);
                dependency = counts * sumLow;
                Unsafe.Add(ref dependency, 1) = Unsafe.Add(ref counts, 1) * sumHigh;
            }

            for (var e = begin; e < end; e++)
            {
                var v = entryVertex[e];
                int lanes = entryLanes[e];
                var lowMask = laneMasks[lanes & 0xFF];
                var highMask = laneMasks[lanes >> 8];
                var dependencyLow = levelDependency[2 * (e - begin)];
                var dependencyHigh = levelDependency[(2 * (e - begin)) + 1];
                var weight = Vector512.Create(omega[v]);
                var countsLow = paths[2 * v];
                var countsHigh = paths[(2 * v) + 1];
                paths[2 * v] = Vector512.ConditionalSelect(lowMask, (weight + dependencyLow) / countsLow, countsLow);
                paths[(2 * v) + 1] = Vector512.ConditionalSelect(highMask, (weight + dependencyHigh) / countsHigh, countsHigh);
                finished[v] = ((long)level << 16) | (uint)lanes;
                total[v] += Vector512.Sum((weightLow * dependencyLow) & lowMask) + Vector512.Sum((weightHigh * dependencyHigh) & highMask);
            }
        }
    }

    private void Push(int vertex, ushort lanes)
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
        var lines = new CacheLineVectors(256);
        var masks = lines.Span;
        var allOnes = BitConverter.Int64BitsToDouble(-1L);
        for (var bits = 0; bits < masks.Length; bits++)
        {
            var mask = Vector512<double>.Zero;
            for (var lane = 0; lane < 8; lane++)
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
