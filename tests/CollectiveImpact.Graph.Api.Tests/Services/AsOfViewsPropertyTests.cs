using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Services;

/// <summary>
/// Analyses as of a date equal the same analyses on <see cref="TimeRule.AsOf"/>(network, date) stored as a network of
/// its own, on generated networks given random dates and random days (each seed one case, a property checked over many
/// cases). Results are compared as their JSON, so every field counts.
/// </summary>
public sealed class AsOfViewsPropertyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly DateOnly Origin = new(2018, 1, 1);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Analyses_AsOfADate_EqualTheAnalysesOfTheNetworkAsOfThatDate(int seed)
    {
        var views = factory.Services.GetRequiredService<AsOfViews>();
        var random = new Random(seed);
        var network = Dated(NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = 25 }), random);
        var date = Origin.AddDays(random.Next(3000));
        // A version of its own per case: views are kept per stored network and version.
        var stored = new ProjectedNetwork(new NetworkSnapshot(3_000_000 + seed, network));
        var expected = new ProjectedNetwork(new NetworkSnapshot(3_000_000 + seed, TimeRule.AsOf(network, date)));

        var view = await views.ViewAsync(stored, date, "test", CancellationToken.None);

        Assert.Equal(Json(new CentralityAnalysis(ProjectionKind.Organizations, CentralityMeasure.Betweenness, null, true, null, null), expected),
            Json(new CentralityAnalysis(ProjectionKind.Organizations, CentralityMeasure.Betweenness, null, true, null, null), view));
        Assert.Equal(Json(new NetworkMetricsAnalysis(ProjectionKind.Full), expected), Json(new NetworkMetricsAnalysis(ProjectionKind.Full), view));
        Assert.Equal(Json(new CommunitiesAnalysis(ProjectionKind.People, 42), expected), Json(new CommunitiesAnalysis(ProjectionKind.People, 42), view));
        Assert.Equal(Json(new GapsAnalysis(date, 365, null, null), expected), Json(new GapsAnalysis(date, 365, null, null), view));
        Assert.Equal(Json(new ReinforcementAnalysis(), expected), Json(new ReinforcementAnalysis(), view));
        Assert.Equal(Json(new ProgressAnalysis(date), expected), Json(new ProgressAnalysis(date), view));
    }

    private static string Json<TResult>(IAnalysis<TResult> analysis, ProjectedNetwork network) =>
        JsonSerializer.Serialize(analysis.Compute(network, CancellationToken.None));

    /// <summary>Random valid spans (until ≥ since) on organizations, people, activities and ties; each bound absent one time in three.</summary>
    private static Network Dated(Network network, Random random) => network with
    {
        Organizations = [.. network.Organizations.Select(o => Span(random) is var (s, u) ? o with { Since = s, Until = u } : o)],
        People = [.. network.People.Select(p => Span(random) is var (s, u) ? p with { Since = s, Until = u } : p)],
        Activities = [.. network.Activities.Select(a => Span(random) is var (s, u) ? a with { Start = s, End = u } : a)],
        Ties = [.. network.Ties.Select(t => Span(random) is var (s, u) ? t with { Since = s, Until = u } : t)],
    };

    private static (DateOnly? Since, DateOnly? Until) Span(Random random)
    {
        DateOnly? since = random.Next(3) == 0 ? null : Origin.AddDays(random.Next(3000));
        DateOnly? until = random.Next(3) == 0 ? null : (since ?? Origin).AddDays(random.Next(1500));
        return (since, until);
    }
}
