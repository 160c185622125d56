using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Analytics.Progress;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// The collective impact analyses (analyses.md) on the generated network with 20,000 organizations (seed 1, default
/// shape: the network behind ORGANIZATIONS-20000). Each analysis is called through its overload that takes a prebuilt
/// ORGANIZATIONS projection, built once in the setup, so the projection (timed in <see cref="ProjectionBenchmarks"/>)
/// is not counted. What-if applies the top 10 introductions, recommended once in the setup, so the recommendation
/// (the brokerage row) is not counted in it either. The equity lens runs its default measures: betweenness estimated
/// from 100 sampled sources above 5,000 organizations (exact before issue 14, about 30 s a call here), so exact
/// closeness is now most of its time. No memo is passed: each row is the analysis computed from scratch.
/// </summary>
/// <remarks>
/// Fixed parameters: as of 2026-11-26 with data stale after 365 days, overlaps at Jaccard 0.5 or more, brokerage top 20
/// with Louvain seed 42. One call per iteration (several take seconds), one warm-up, three iterations.
/// Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CollectiveImpactBenchmarks
{
    public const int Organizations = 20_000;
    public const int WhatIfIntroductions = 10;

    private static readonly GapAnalysisOptions GapOptions = new(new DateOnly(2026, 11, 26), StaleAfterDays: 365);
    private static readonly OverlapOptions OverlapOptions = new(MinSimilarity: 0.5);
    private static readonly BrokerageOptions BrokerageOptions = new(Top: 20, Seed: 42);

    private Network network = null!;
    private NetworkProjection organizations = null!;
    private IReadOnlyList<BrokerageRecommendation> introductions = null!;

    [GlobalSetup]
    public void Setup()
    {
        network = BenchmarkGraphs.Network(Organizations);
        organizations = NetworkProjector.Project(network, ProjectionKind.Organizations);
        introductions = BrokerageRecommender.Run(network, organizations, BrokerageOptions with { Top = WhatIfIntroductions }).Recommendations;
    }

    [Benchmark]
    public GapReport Gaps() => GapAnalysis.Run(network, organizations, GapOptions);

    [Benchmark]
    public OverlapReport Overlaps() => OverlapAnalysis.Run(network, organizations, OverlapOptions);

    [Benchmark]
    public ReinforcementReport Reinforcement() => ReinforcementCheck.Run(network, organizations);

    [Benchmark]
    public BrokerageReport Brokerage() => BrokerageRecommender.Run(network, organizations, BrokerageOptions);

    [Benchmark]
    public WhatIfReport WhatIf() => Analytics.Brokerage.WhatIf.Run(network, organizations, introductions);

    [Benchmark]
    public EquityReport Equity() => EquityLens.Run(organizations, new EquityOptions());

    /// <summary>Indicator progress reads only indicators and measurements: it has no projection overload.</summary>
    [Benchmark]
    public IReadOnlyList<ProgressSummary> Progress() => IndicatorProgress.Compute(network);
}
