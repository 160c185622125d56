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
    public const int EigenvectorIterations = 1000;

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

    /// <summary>
    /// With a budget of <see cref="EigenvectorIterations"/> instead of NetworkX's 100: on FULL-20000 the (A + I) power
    /// iteration does not reach NetworkX's tolerance in 100 steps, and the default call throws
    /// <see cref="PowerIterationFailedConvergenceException"/> as NetworkX does. Where 100 suffice the work is the same.
    /// </summary>
    [Benchmark]
    public NodeScores Eigenvector() => EigenvectorCentrality.Compute(graph, weighted: false, maxIterations: EigenvectorIterations);

    [Benchmark]
    public NodeScores PageRank() => CentralityCalculator.Compute(graph, CentralityMeasure.PageRank, CentralityOptions.Default);
}
