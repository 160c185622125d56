using BenchmarkDotNet.Attributes;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// The near-linear structure measures on every benchmark graph: clustering (triangles), Burt's structural holes
/// (ego networks), connectivity (components, cut points, bridges), the diameter and the cheap network metrics, each
/// with its NetworkX defaults (unweighted).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class StructureBenchmarks
{
    private UndirectedGraph graph = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = BenchmarkGraphs.Full1000;

    public static IEnumerable<string> Graphs => BenchmarkGraphs.All;

    [GlobalSetup]
    public void Setup() => graph = BenchmarkGraphs.Graph(Graph);

    [Benchmark]
    public NodeScores LocalClustering() => Analytics.Clustering.LocalClustering.Compute(graph);

    [Benchmark]
    public double Transitivity() => Analytics.Clustering.Transitivity.Compute(graph);

    [Benchmark]
    public NodeScores Constraint() => Analytics.StructuralHoles.Constraint.Compute(graph);

    [Benchmark]
    public NodeScores EffectiveSize() => Analytics.StructuralHoles.EffectiveSize.Compute(graph);

    [Benchmark]
    public IReadOnlyList<string> ArticulationPoints() => Analytics.Connectivity.ArticulationPoints.Find(graph);

    [Benchmark]
    public IReadOnlyList<Bridge> Bridges() => Analytics.Connectivity.Bridges.Find(graph);

    [Benchmark]
    public ConnectedComponentsResult Components() => ConnectedComponents.Compute(graph);

    /// <summary>Exact, by iFUB: a handful of breadth-first searches (igraph's <c>diameter</c> searches from every node).</summary>
    [Benchmark]
    public int? Diameter() => Analytics.Connectivity.Diameter.Compute(graph);

    /// <summary>The cheap network-level measures together (no all-pairs average path), as networkMetrics computes them.</summary>
    [Benchmark]
    public Analytics.Structure.NetworkMetricsResult NetworkMetrics() => Analytics.Structure.NetworkMetrics.Compute(graph, new Dictionary<string, string?>());
}
