using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// The exact distance-based measures on the 20,000-organization graphs: closeness, harmonic closeness, and the
/// diameter and average path of the largest component. O(nm) like betweenness, but their breadth-first searches run
/// 64 sources per bit-parallel sweep, so seconds rather than minutes, and FULL-20000 (about 200,000 nodes) fits too.
/// One call per iteration; two iterations after a warm-up, since one call on FULL-20000 takes about a minute.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 2)]
public class LargeDistanceBenchmarks
{
    private UndirectedGraph graph = null!;

    [Params(BenchmarkGraphs.Full20000, BenchmarkGraphs.Organizations20000)]
    public string Graph { get; set; } = BenchmarkGraphs.Full20000;

    [GlobalSetup]
    public void Setup() => graph = BenchmarkGraphs.Graph(Graph);

    [Benchmark]
    public NodeScores Closeness() => CentralityCalculator.Compute(graph, CentralityMeasure.Closeness, CentralityOptions.Default);

    [Benchmark]
    public NodeScores Harmonic() => CentralityCalculator.Compute(graph, CentralityMeasure.Harmonic, CentralityOptions.Default);

    [Benchmark]
    public DistanceMeasuresResult Distances() => DistanceMeasures.Compute(graph);
}
