using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// The equity lens on the 20,000-organization network, with a prebuilt ORGANIZATIONS projection and its default
/// measures. Those include exact betweenness, minutes a call on ORGANIZATIONS-20000 (see
/// <see cref="LargeShortestPathBenchmarks"/>), so it runs once, without warm-up, rather than the one warm-up and three
/// iterations of <see cref="CollectiveImpactBenchmarks"/>; its name keeps it under that class's filter.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class EquityCollectiveImpactBenchmarks
{
    private NetworkProjection organizations = null!;

    [GlobalSetup]
    public void Setup() =>
        organizations = NetworkProjector.Project(BenchmarkGraphs.Network(CollectiveImpactBenchmarks.Organizations), ProjectionKind.Organizations);

    [Benchmark]
    public EquityReport Equity() => EquityLens.Run(organizations, new EquityOptions());
}
