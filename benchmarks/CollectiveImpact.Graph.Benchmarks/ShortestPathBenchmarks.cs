using BenchmarkDotNet.Attributes;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// The exact all-pairs shortest-path measures (a breadth-first search from every node, O(nm)): betweenness,
/// closeness, harmonic closeness, and the diameter and average path of the largest component, on the 1,000-
/// organization graphs; the 20,000-organization ones are in <see cref="LargeShortestPathBenchmarks"/>.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ShortestPathBenchmarks
{
    private UndirectedGraph graph = null!;

    [Params(BenchmarkGraphs.Full1000, BenchmarkGraphs.Organizations1000)]
    public string Graph { get; set; } = BenchmarkGraphs.Full1000;

    [GlobalSetup]
    public void Setup() => graph = BenchmarkGraphs.Graph(Graph);

    [Benchmark]
    public NodeScores Betweenness() => CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, CentralityOptions.Default);

    [Benchmark]
    public NodeScores Closeness() => CentralityCalculator.Compute(graph, CentralityMeasure.Closeness, CentralityOptions.Default);

    [Benchmark]
    public NodeScores Harmonic() => CentralityCalculator.Compute(graph, CentralityMeasure.Harmonic, CentralityOptions.Default);

    [Benchmark]
    public DistanceMeasuresResult Distances() => DistanceMeasures.Compute(graph);
}
