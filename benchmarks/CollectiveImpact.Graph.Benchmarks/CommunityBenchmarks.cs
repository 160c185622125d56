using BenchmarkDotNet.Attributes;
using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>Seeded, weighted Louvain on every benchmark graph (igraph's peer: <c>community_multilevel</c>).</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CommunityBenchmarks
{
    private UndirectedGraph graph = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = BenchmarkGraphs.Full1000;

    public static IEnumerable<string> Graphs => BenchmarkGraphs.All;

    [GlobalSetup]
    public void Setup() => graph = BenchmarkGraphs.Graph(Graph);

    [Benchmark]
    public LouvainResult Louvain() => Analytics.Communities.Louvain.Detect(graph, seed: 1);
}
