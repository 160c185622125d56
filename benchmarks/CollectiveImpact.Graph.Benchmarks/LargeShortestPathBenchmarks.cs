using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// Exact betweenness on ORGANIZATIONS-20000 (20,000 nodes): minutes per call (Brandes: one search per source, with
/// path counts), so it runs once per iteration, without warm-up, for two iterations. Exact on FULL-20000 (213,207
/// nodes, about 50 minutes a call) does not fit a benchmark loop: <see cref="SingleCall"/> times one call of it, and
/// <see cref="SampledBetweennessBenchmarks"/> covers it with sampled betweenness. Closeness, harmonic closeness and the distances, bit-parallel, are in
/// <see cref="LargeDistanceBenchmarks"/>.
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
}
