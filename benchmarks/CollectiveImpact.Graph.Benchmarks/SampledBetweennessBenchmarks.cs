using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// Sampled betweenness (k = <see cref="SampledBetweenness.SampleSize"/> sources, seed
/// <see cref="SampledBetweenness.Seed"/>) on the 20,000-organization graphs, where exact betweenness is O(nm): the
/// estimate costs about k/n of it. igraph has no source sampling (its <c>cutoff</c> bounds path length instead, a
/// different approximation), so these rows have no igraph peer.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SampledBetweennessBenchmarks
{
    private static readonly CentralityOptions Sampled = new() { SampleSize = SampledBetweenness.SampleSize, Seed = SampledBetweenness.Seed };
    private UndirectedGraph graph = null!;

    [Params(BenchmarkGraphs.Full20000, BenchmarkGraphs.Organizations20000)]
    public string Graph { get; set; } = BenchmarkGraphs.Full20000;

    [GlobalSetup]
    public void Setup() => graph = BenchmarkGraphs.Graph(Graph);

    [Benchmark]
    public NodeScores BetweennessSampled() => CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, Sampled);
}
