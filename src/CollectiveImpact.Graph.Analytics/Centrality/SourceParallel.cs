using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Runs a shortest-path search from many sources across at most <c>workers</c> threads, one
/// <see cref="ShortestPathSearch"/> per worker so nothing is allocated per source. Every worker looks at the
/// cancellation token before each search (a millisecond or so on a 20,000-node graph), and a cancelled loop throws
/// <see cref="OperationCanceledException"/>.
/// </summary>
internal static class SourceParallel
{
    /// <summary>
    /// Sources are split into this many contiguous chunks whatever the core count, so the order in which partial
    /// sums are added (chunk by chunk) never depends on the machine or on scheduling: the same graph gives the same
    /// bits everywhere. 32 chunks keep two to sixteen cores busy while costing 32 score arrays at most.
    /// </summary>
    private const int ChunkCount = 32;

    /// <summary>
    /// Calls <paramref name="visit"/> after a search from each source, in parallel. The callback may write only to
    /// per-source state (e.g. <c>result[source]</c>). <paramref name="progress"/>, when given, hears the fraction of
    /// sources done (see <see cref="ProgressCounter"/>).
    /// </summary>
    public static void ForEachSource(
        UndirectedGraph graph,
        bool weighted,
        bool countPaths,
        int workers,
        CancellationToken cancellationToken,
        IProgress<double>? progress,
        Action<int, ShortestPathSearch> visit)
    {
        // One search per worker for the whole run, sources pulled from a shared counter: Parallel.For's per-task
        // state would be rebuilt (O(n) arrays) every time the runtime replaces a long-running task, which on a
        // 20,000-node graph added up to half a gigabyte per call.
        var n = graph.NodeCount;
        var nextSource = -1;
        var counter = new ProgressCounter(progress, n);
        cancellationToken.ThrowIfCancellationRequested();
        Parallel.For(0, Math.Max(1, Math.Min(workers, n)), Parallelism.Options(workers, cancellationToken), _ =>
        {
            var search = new ShortestPathSearch(graph, weighted);
            for (var source = Interlocked.Increment(ref nextSource); source < n; source = Interlocked.Increment(ref nextSource))
            {
                cancellationToken.ThrowIfCancellationRequested();
                search.Run(source, countPaths);
                visit(source, search);
                counter.Add();
            }
        });
    }

    /// <summary>
    /// Sums, over <paramref name="sources"/>, the per-node contributions <paramref name="accumulate"/> adds into its
    /// last argument after each search. Each chunk of sources has its own accumulator, filled sequentially; the
    /// chunks are then added in chunk order, so the result is deterministic. The third argument is a per-worker
    /// scratch array of one double per node, all zero, which the callback must leave all zero. <paramref name="progress"/>,
    /// when given, hears the fraction of sources done.
    /// </summary>
    public static double[] Sum(
        UndirectedGraph graph,
        IReadOnlyList<int> sources,
        bool weighted,
        bool countPaths,
        int workers,
        CancellationToken cancellationToken,
        IProgress<double>? progress,
        Action<int, ShortestPathSearch, double[], double[]> accumulate) =>
        Sum(
            graph.NodeCount,
            sources,
            workers,
            cancellationToken,
            progress,
            () => (Search: new ShortestPathSearch(graph, weighted), Scratch: new double[graph.NodeCount]),
            (source, worker, total) =>
            {
                worker.Search.Run(source, countPaths);
                accumulate(source, worker.Search, worker.Scratch, total);
            });

    /// <summary>
    /// The same deterministic chunked sum with any per-worker state: <paramref name="createWorker"/> builds exactly one
    /// per worker thread, reused for every source it takes; <paramref name="accumulate"/> searches from a source with it
    /// and adds that source's contributions into the chunk's array (its last argument).
    /// </summary>
    /// <remarks>
    /// Workers take chunks from a shared counter rather than through <c>Parallel.For</c>'s per-task state, which is
    /// built again each time the runtime replaces a long-running task: with the batched betweenness kernel (about 35 MB
    /// a worker on FULL-20000) an exact call allocated 628 MB that way, 336 MB with one kernel per worker.
    /// </remarks>
    public static double[] Sum<TWorker>(
        int nodeCount,
        IReadOnlyList<int> sources,
        int workers,
        CancellationToken cancellationToken,
        IProgress<double>? progress,
        Func<TWorker> createWorker,
        Action<int, TWorker, double[]> accumulate)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var n = nodeCount;
        var counter = new ProgressCounter(progress, sources.Count);
        var chunks = Math.Min(ChunkCount, sources.Count);
        var partials = new double[chunks][];
        if (chunks == 0)
        {
            return new double[n];
        }

        var nextChunk = -1;
        Parallel.For(0, Math.Min(workers, chunks), Parallelism.Options(workers, cancellationToken), _ =>
        {
            var worker = createWorker();
            for (var chunk = Interlocked.Increment(ref nextChunk); chunk < chunks; chunk = Interlocked.Increment(ref nextChunk))
            {
                var total = new double[n];
                var (start, end) = ((int)((long)sources.Count * chunk / chunks), (int)((long)sources.Count * (chunk + 1) / chunks));
                for (var i = start; i < end; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    accumulate(sources[i], worker, total);
                    counter.Add();
                }

                partials[chunk] = total;
            }
        });

        var sum = new double[n];
        foreach (var partial in partials)
        {
            for (var v = 0; v < n; v++)
            {
                sum[v] += partial[v];
            }
        }

        return sum;
    }
}
