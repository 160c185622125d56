using System.Buffers;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>
/// What goes to Redis must come back equal, including the non-finite numbers analyses produce, and every analysis's
/// result is what Analytics returns, so each must round-trip as it is (on a generated 300-organization network).
/// </summary>
public sealed class AnalysisSerializerFactoryTests
{
    private static readonly Lazy<ProjectedNetwork> Network = new(() =>
        new ProjectedNetwork(new NetworkSnapshot(1, NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = 300, Seed = 7 }))));

    private static readonly DateOnly AsOf = new(2025, 6, 30);

    public static TheoryData<string> Analyses =>
    [
        "centrality", "communities", "communityOverview", "cutPoints", "structuralHoles", "reinforcement", "indicatorProgress",
        "gaps", "overlaps", "brokerage", "whatIf", "equityLens", "networkMetrics",
    ];

    [Theory]
    [MemberData(nameof(Analyses))]
    public void Serializer_EachAnalysisResult_RoundTripsEqual(string analysis)
    {
        switch (analysis)
        {
            case "centrality": AssertRoundTrips(new CentralityAnalysis(ProjectionKind.Organizations, CentralityMeasure.Closeness, null, true, null, null)); break;
            case "communities": AssertRoundTrips(new CommunitiesAnalysis(ProjectionKind.Organizations, 1)); break;
            case "communityOverview": AssertRoundTrips(new CommunityOverviewAnalysis(ProjectionKind.Full, 1)); break;
            case "cutPoints": AssertRoundTrips(new CutPointsAnalysis(ProjectionKind.Organizations)); break;
            case "structuralHoles": AssertRoundTrips(new StructuralHolesAnalysis(ProjectionKind.Organizations, null, true)); break;
            case "reinforcement": AssertRoundTrips(new ReinforcementAnalysis()); break;
            case "indicatorProgress": AssertRoundTrips(new ProgressAnalysis(AsOf)); break;
            case "gaps": AssertRoundTrips(new GapsAnalysis(AsOf, 365, null, null)); break;
            case "overlaps": AssertRoundTrips(new OverlapsAnalysis(0.2, null)); break;
            case "brokerage": AssertRoundTrips(new BrokerageAnalysis(10, 1)); break;
            case "whatIf": AssertRoundTrips(new WhatIfAnalysis(5, 1)); break;
            case "equityLens": AssertRoundTrips(new EquityLensAnalysis([CentralityMeasure.Degree, CentralityMeasure.Betweenness], true)); break;
            case "networkMetrics": AssertRoundTrips(new NetworkMetricsAnalysis(ProjectionKind.Organizations)); break;
            default: throw new ArgumentOutOfRangeException(nameof(analysis), analysis, "No such analysis in this test.");
        }
    }

    private static void AssertRoundTrips<TResult>(IAnalysis<TResult> analysis)
    {
        var entry = new CachedAnalysis<TResult>(analysis.Compute(Network.Value, CancellationToken.None), 1.5);
        Assert.True(new AnalysisSerializerFactory().TryCreateSerializer<CachedAnalysis<TResult>>(out var serializer));
        var buffer = new ArrayBufferWriter<byte>();

        serializer.Serialize(entry, buffer);
        var back = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        // Equivalent compares every public property, computed ones too (a pair's sentence, from its data).
        Assert.Equivalent(entry.Value, back.Value, strict: true);
    }

    [Fact]
    public void Serializer_ResultWithNaNAndInfinity_RoundTrips()
    {
        var entry = new CachedAnalysis<Result>(
            new Result([new Score("org-1", double.NaN), new Score("org-2", double.PositiveInfinity), new Score("org-3", 0.125)], Kind.Organizations),
            3.5)
        { ComputedHere = true };
        Assert.True(new AnalysisSerializerFactory().TryCreateSerializer<CachedAnalysis<Result>>(out var serializer));
        var buffer = new ArrayBufferWriter<byte>();

        serializer.Serialize(entry, buffer);
        var back = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        Assert.Equal(entry.Value.Scores, back.Value.Scores);
        Assert.Equal(entry.Value.Kind, back.Value.Kind);
        Assert.Equal(entry.ComputeMilliseconds, back.ComputeMilliseconds);
        Assert.False(back.ComputedHere);
    }

    [Fact]
    public void TryCreateSerializer_TypeThatIsNotACachedAnalysis_LeavesItToOthers()
    {
        Assert.False(new AnalysisSerializerFactory().TryCreateSerializer<Result>(out _));
    }

    public enum Kind
    {
        Full,
        Organizations,
    }

    public sealed record Score(string Id, double Value);

    public sealed record Result(IReadOnlyList<Score> Scores, Kind Kind);
}
