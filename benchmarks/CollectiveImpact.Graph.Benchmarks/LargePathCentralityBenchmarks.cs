using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// Shortest-path centralities on FULL-20000: sampled betweenness (k sources, <see cref="SampledBetweenness"/>), and the
/// exact O(nm) measures run once per iteration with few iterations, since each takes tens of seconds.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class LargePathCentralityBenchmarks
{
    private static readonly CentralityOptions Sampled = new() { SampleSize = SampledBetweenness.SampleSize, Seed = SampledBetweenness.Seed };
    private UndirectedGraph graph = null!;

    [Params(BenchmarkGraphs.Full20000)]
    public string Graph { get; set; } = BenchmarkGraphs.Full20000;

    [GlobalSetup]
    public void Setup() => graph = BenchmarkGraphs.Graph(Graph);

    [Benchmark]
    public NodeScores BetweennessSampled() => CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, Sampled);

    [Benchmark]
    public NodeScores Betweenness() => CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, CentralityOptions.Default);

    [Benchmark]
    public NodeScores Closeness() => CentralityCalculator.Compute(graph, CentralityMeasure.Closeness, CentralityOptions.Default);

    [Benchmark]
    public NodeScores Harmonic() => CentralityCalculator.Compute(graph, CentralityMeasure.Harmonic, CentralityOptions.Default);
}
