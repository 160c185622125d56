using BenchmarkDotNet.Attributes;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>Building a projection from a generated network: the step before every measure (no igraph equivalent).</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ProjectionBenchmarks
{
    private Network network = null!;
    private ProjectionKind kind;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = BenchmarkGraphs.Full1000;

    public static IEnumerable<string> Graphs => BenchmarkGraphs.All;

    [GlobalSetup]
    public void Setup()
    {
        (kind, var organizations) = BenchmarkGraphs.Parse(Graph);
        network = BenchmarkGraphs.Network(organizations);
    }

    [Benchmark]
    public NetworkProjection Projection() => NetworkProjector.Project(network, kind);
}
