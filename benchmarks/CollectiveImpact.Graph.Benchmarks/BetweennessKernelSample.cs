using System.Diagnostics;
using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// <c>--time-betweenness-kernels GRAPH SOURCES [ROUNDS]</c>: times exact betweenness's unweighted kernels on the same
/// fixed sample of the folded core's sources: SOURCES / 16 batches of the hub plan (<see cref="BetweennessBatchPlan"/>)
/// spread evenly over it, so the sample holds near and far sources alike. Each round runs, in the same process so
/// machine load falls on all alike: one source at a time (one thread); the batched kernel on one thread; and the
/// batched kernel on every core, as the full run uses it (a kernel per thread). Prints each
/// round's milliseconds per source and the full run extrapolated from the best round (core sources × ms per source):
/// an extrapolation, not a measurement of the full run (for that, <c>--time-once Betweenness GRAPH OUT.json</c>).
/// </summary>
public static class BetweennessKernelSample
{
    public static int Run(string graphName, int sources, int rounds, TextWriter log)
    {
        var graph = BenchmarkGraphs.Graph(graphName);
        var folding = BetweennessPendantFolding.Fold(graph);
        var core = folding.Core;
        var omega = folding.CoreWeight;
        var plan = BetweennessBatchPlan.ByHub(core);
        var wanted = Math.Clamp(sources / BetweennessBatchedBrandes.Lanes, 1, plan.BatchCount);
        var batches = Enumerable.Range(0, wanted).Select(i => (int)((long)i * plan.BatchCount / wanted)).ToArray();
        var sample = batches.Sum(b => plan.Batch(b).Length);
        var cores = Environment.ProcessorCount;
        log.WriteLine($"{graphName}: {graph.NodeCount:N0} nodes; folded core {core.NodeCount:N0} nodes, {core.EdgeCount:N0} edges; {sample:N0} core sources in {batches.Length:N0} batches spread over the plan, {rounds} rounds; {cores} cores; Vector512 hardware-accelerated: {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}.");
        var perSource = new List<double>();
        var perSourceBatched = new List<double>();
        var perSourceParallel = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var single = new BetweennessUnweightedBrandes(core, omega);
            var totalSingle = new double[core.NodeCount];
            var clock = Stopwatch.StartNew();
            foreach (var b in batches)
            {
                foreach (var s in plan.Batch(b))
                {
                    single.Accumulate(s, totalSingle);
                }
            }

            perSource.Add(clock.Elapsed.TotalMilliseconds / sample);

            var batched = new BetweennessBatchedBrandes(core, omega);
            var totalBatched = new double[core.NodeCount];
            var entries = 0L;
            clock.Restart();
            foreach (var b in batches)
            {
                batched.Accumulate(plan.Batch(b), totalBatched);
                entries += batched.LastEntryCount;
            }

            perSourceBatched.Add(clock.Elapsed.TotalMilliseconds / sample);

            clock.Restart();
            var totalParallel = BetweennessCentrality.BatchedCoreSums(core, omega, plan, batches, cores, CancellationToken.None, progress: null);
            perSourceParallel.Add(clock.Elapsed.TotalMilliseconds / sample);

            var worst = 0.0;
            var worstParallel = 0.0;
            for (var v = 0; v < totalSingle.Length; v++)
            {
                worst = Math.Max(worst, Math.Abs(totalSingle[v] - totalBatched[v]) / Math.Max(1.0, Math.Abs(totalSingle[v])));
                worstParallel = Math.Max(worstParallel, Math.Abs(totalParallel[v] - totalBatched[v]) / Math.Max(1.0, Math.Abs(totalBatched[v])));
            }

            log.WriteLine($"round {round + 1}: one source at a time {perSource[^1]:F3} ms/source; batched, one thread {perSourceBatched[^1]:F3} (×{perSource[^1] / perSourceBatched[^1]:F2}), largest relative difference {worst:E1}, adjacency scans per core vertex and batch {entries / (double)batches.Length / core.NodeCount:F2}; on {cores} cores {perSourceParallel[^1]:F3} ms/source wall (×{perSourceBatched[^1] / perSourceParallel[^1]:F2} one thread), largest relative difference to one thread {worstParallel:E1}; load {File.ReadAllText("/proc/loadavg").Trim()}");
        }

        log.WriteLine(
            $"Extrapolated full exact run from the best round: one source at a time on one core {perSource.Min() * core.NodeCount / 1000:F1} s, batched on one core {perSourceBatched.Min() * core.NodeCount / 1000:F1} s; "
            + $"on {cores} cores {perSourceParallel.Min() * core.NodeCount / 1000:F1} s (extrapolations, not a measured full run).");
        return 0;
    }
}
