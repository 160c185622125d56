using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// The exact all-sources centralities on ORGANIZATIONS-20000 (20,000 nodes): tens of seconds to minutes per call, so
/// each is run once per iteration, without warm-up, for two iterations. Exact on FULL-20000 (86,751 nodes, about ten
/// times the work again) does not fit a benchmark loop; <see cref="SampledBetweennessBenchmarks"/> covers it with
/// sampled betweenness. The distances, much faster, are in <see cref="LargeDistanceBenchmarks"/>.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class LargeShortestPathBenchmarks
{
    private UndirectedGraph graph = null!;

    [Params(BenchmarkGraphs.Organizations20000)]
    public string Graph { get; set; } = BenchmarkGraphs.Organizations20000;

    [GlobalSetup]
    public void Setup() => graph = BenchmarkGraphs.Graph(Graph);

    [Benchmark]
    public NodeScores Betweenness() => CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, CentralityOptions.Default);

    [Benchmark]
    public NodeScores Closeness() => CentralityCalculator.Compute(graph, CentralityMeasure.Closeness, CentralityOptions.Default);

    [Benchmark]
    public NodeScores Harmonic() => CentralityCalculator.Compute(graph, CentralityMeasure.Harmonic, CentralityOptions.Default);
}
