using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Services.Analyses;

/// <summary>
/// What the cache keeps must survive Redis: every analysis result, computed on the sample, written and read back with
/// the cache's own serializer options, writes again to the same JSON (nothing lost, nothing unreadable).
/// </summary>
public sealed class ComputedAnalysisTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Analyses() =>
    [
        "centrality", "communities", "communityOverview", "networkMetrics", "structuralHoles", "cutPoints", "gaps", "overlaps", "reinforcement",
        "indicatorProgress", "brokerage", "whatIf", "equityLens",
    ];

    [Theory]
    [MemberData(nameof(Analyses))]
    public async Task Result_RoundTripsThroughTheCacheSerializer(string name)
    {
        var network = await factory.Services.GetRequiredService<ProjectionProvider>().CurrentAsync(CancellationToken.None);
        var today = new DateOnly(2025, 6, 30);

        var (written, readBack) = name switch
        {
            "centrality" => RoundTrip(new CentralityAnalysis(ProjectionKind.People, CentralityMeasure.Closeness, null, true, null, null), network),
            "communities" => RoundTrip(new CommunitiesAnalysis(ProjectionKind.Organizations, 42), network),
            "communityOverview" => RoundTrip(new CommunityOverviewAnalysis(ProjectionKind.Full, 42), network),
            "networkMetrics" => RoundTrip(new NetworkMetricsAnalysis(ProjectionKind.People), network),
            "structuralHoles" => RoundTrip(new StructuralHolesAnalysis(ProjectionKind.People, null, false), network),
            "cutPoints" => RoundTrip(new CutPointsAnalysis(ProjectionKind.Full), network),
            "gaps" => RoundTrip(new GapsAnalysis(today, 365, null, null), network),
            "overlaps" => RoundTrip(new OverlapsAnalysis(0.5, null), network),
            "reinforcement" => RoundTrip(new ReinforcementAnalysis(), network),
            "indicatorProgress" => RoundTrip(new ProgressAnalysis(today), network),
            "brokerage" => RoundTrip(new BrokerageAnalysis(20, 42), network),
            "whatIf" => RoundTrip(new WhatIfAnalysis(5, 42), network),
            "equityLens" => RoundTrip(new EquityLensAnalysis(EquityDefaults(), true), network),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such analysis in this test."),
        };

        Assert.Equal(written, readBack);
        Assert.True(written.Length > 100, $"{name} wrote almost nothing: {written}");
    }

    private static IReadOnlyList<CentralityMeasure> EquityDefaults() => Analytics.Equity.EquityOptions.DefaultMeasures;

    private static (string Written, string ReadBack) RoundTrip<TResult>(IAnalysis<TResult> analysis, ProjectedNetwork network)
    {
        var computed = new ComputedAnalysis<TResult>(network.Version, DateTimeOffset.UnixEpoch, analysis.Compute(network, CancellationToken.None));
        var written = JsonSerializer.Serialize(computed, AnalysisSerializerFactory.Options);
        var readBack = JsonSerializer.Deserialize<ComputedAnalysis<TResult>>(written, AnalysisSerializerFactory.Options);
        return (written, JsonSerializer.Serialize(readBack, AnalysisSerializerFactory.Options));
    }
}
