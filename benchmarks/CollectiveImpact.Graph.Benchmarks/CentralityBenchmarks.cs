using BenchmarkDotNet.Attributes;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// The linear-time centralities (one pass, or a power iteration of O(m) steps) on every benchmark graph, with
/// NetworkX's defaults as <see cref="CentralityCalculator"/> applies them.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CentralityBenchmarks
{
    private UndirectedGraph graph = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = BenchmarkGraphs.Full1000;

    public static IEnumerable<string> Graphs => BenchmarkGraphs.All;

    [GlobalSetup]
    public void Setup() => graph = BenchmarkGraphs.Graph(Graph);

    [Benchmark]
    public NodeScores Degree() => CentralityCalculator.Compute(graph, CentralityMeasure.Degree, CentralityOptions.Default);

    [Benchmark]
    public NodeScores WeightedDegree() => CentralityCalculator.Compute(graph, CentralityMeasure.WeightedDegree, CentralityOptions.Default);

    /// <summary>With the defaults: the Lanczos solver converges within its 100-product budget on every benchmark graph.</summary>
    [Benchmark]
    public NodeScores Eigenvector() => CentralityCalculator.Compute(graph, CentralityMeasure.Eigenvector, CentralityOptions.Default);

    [Benchmark]
    public NodeScores PageRank() => CentralityCalculator.Compute(graph, CentralityMeasure.PageRank, CentralityOptions.Default);
}
