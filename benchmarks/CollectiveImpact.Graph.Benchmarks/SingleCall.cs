using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// <c>--time-once MEASURE GRAPH OUT.json</c>: times one call of a centrality measure that takes too long for
/// BenchmarkDotNet's loop (exact betweenness on FULL-20000: the better part of an hour, and BenchmarkDotNet would run
/// it at least twice, once more for its allocation figures). Wall-clock time and the bytes allocated on every thread
/// (<see cref="GC.GetTotalAllocatedBytes"/>, precise) of that one call, with the machine's <c>uptime</c> before and
/// after, go to OUT.json; report.py shows them in the row as a single call.
/// </summary>
public static class SingleCall
{
    public static int Run(string measureName, string graphName, string outPath, TextWriter log)
    {
        if (!Enum.TryParse<CentralityMeasure>(measureName, ignoreCase: false, out var measure))
        {
            log.WriteLine($"'{measureName}' is not a centrality measure; one of: {string.Join(", ", Enum.GetNames<CentralityMeasure>())}.");
            return 2;
        }

        var graph = BenchmarkGraphs.Graph(graphName);
        var uptimeBefore = Uptime();
        log.WriteLine($"{measure} on {graphName} ({graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges): one call, started {DateTime.UtcNow:u}.");
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var scores = CentralityCalculator.Compute(graph, measure, CentralityOptions.Default);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        GC.KeepAlive(scores);
        var result = new
        {
            method = measure.ToString(),
            graph = graphName,
            nodes = graph.NodeCount,
            edges = graph.EdgeCount,
            seconds = clock.Elapsed.TotalSeconds,
            allocatedBytes = allocated,
            runtime = RuntimeInformation.FrameworkDescription,
            cores = Environment.ProcessorCount,
            uptime = new[] { uptimeBefore, Uptime() },
        };
        File.WriteAllText(outPath, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        log.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s, {allocated / (double)(1 << 20):N1} MB allocated; wrote {outPath}.");
        return 0;
    }

    private static string Uptime()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("uptime") { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "uptime not available";
        }
    }
}
