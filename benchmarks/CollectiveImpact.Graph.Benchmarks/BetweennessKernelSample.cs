using System.Diagnostics;
using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// <c>--time-betweenness-kernels GRAPH SOURCES [ROUNDS]</c>: times exact betweenness's two unweighted kernels on the
/// same fixed sample, the first SOURCES sources of the folded core (a multiple of the batch width), one thread each,
/// in the same process and interleaved round by round, so machine load falls on both alike, then the batched kernel on
/// every core as the full run uses it (two workers share the last-level cache). Prints each round's milliseconds per
/// source and the full run extrapolated from the best round (core sources × ms per source ÷ cores, and as measured):
/// an extrapolation, not a measurement of the full run (for that, <c>--time-once Betweenness GRAPH OUT.json</c>).
/// </summary>
public static class BetweennessKernelSample
{
    public static int Run(string graphName, int sources, int rounds, TextWriter log)
    {
        var graph = BenchmarkGraphs.Graph(graphName);
        var folding = BetweennessPendantFolding.Fold(graph);
        var core = folding.Core;
        var batches = Math.Min(BetweennessBatchedBrandes.BatchCount(core.NodeCount), Math.Max(1, sources / BetweennessBatchedBrandes.Lanes));
        var count = Math.Min(core.NodeCount, batches * BetweennessBatchedBrandes.Lanes);
        log.WriteLine($"{graphName}: {graph.NodeCount:N0} nodes; folded core {core.NodeCount:N0} nodes, {core.EdgeCount:N0} edges; first {count:N0} core sources, {rounds} rounds, one thread; Vector512 hardware-accelerated: {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}.");
        var perSource = new List<double>();
        var perSourceBatched = new List<double>();
        var perSourceParallel = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var single = new BetweennessUnweightedBrandes(core, folding.CoreWeight);
            var totalSingle = new double[core.NodeCount];
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var s = 0; s < count; s++)
            {
                single.Accumulate(s, totalSingle);
            }

            perSource.Add(clock.Elapsed.TotalMilliseconds / count);
            var cpuSingle = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;

            var batched = new BetweennessBatchedBrandes(core, folding.CoreWeight);
            var totalBatched = new double[core.NodeCount];
            var entries = 0L;
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            for (var b = 0; b < batches; b++)
            {
                batched.Accumulate(b, totalBatched);
                entries += batched.LastEntryCount;
            }

            perSourceBatched.Add(clock.Elapsed.TotalMilliseconds / count);
            var cpuBatched = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;
            var worst = 0.0;
            for (var v = 0; v < totalSingle.Length; v++)
            {
                worst = Math.Max(worst, Math.Abs(totalSingle[v] - totalBatched[v]) / Math.Max(1.0, Math.Abs(totalSingle[v])));
            }

            var cores = Environment.ProcessorCount;
            clock.Restart();
            BetweennessCentrality.BatchedCoreSums(core, folding.CoreWeight, Enumerable.Range(0, batches).ToArray(), cores, CancellationToken.None, progress: null);
            perSourceParallel.Add(clock.Elapsed.TotalMilliseconds / count);
            log.WriteLine($"round {round + 1}: one source at a time {perSource[^1]:F3} ms/source, batched {perSourceBatched[^1]:F3} ms/source (×{perSource[^1] / perSourceBatched[^1]:F2}); CPU time {cpuSingle:F3} and {cpuBatched:F3} ms/source; largest relative difference {worst:E1}; adjacency scans per core vertex and batch {entries / (double)batches / core.NodeCount:F2}; batched on {cores} threads {perSourceParallel[^1]:F3} ms/source wall (×{perSourceBatched[^1] / perSourceParallel[^1]:F2} one thread); load {File.ReadAllText("/proc/loadavg").Trim()}");
        }

        log.WriteLine(
            $"Extrapolated full exact run on {Environment.ProcessorCount} cores from the best round: one source at a time "
            + $"{perSource.Min() * core.NodeCount / Environment.ProcessorCount / 1000:F1} s, batched {perSourceBatched.Min() * core.NodeCount / Environment.ProcessorCount / 1000:F1} s "
            + $"(each ÷ cores); batched on {Environment.ProcessorCount} threads as measured {perSourceParallel.Min() * core.NodeCount / 1000:F1} s (extrapolations, not a measured full run).");
        return 0;
    }
}
