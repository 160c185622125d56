using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Services;

/// <summary>The one per-version projection provider the network map and the analyses share, on the sample.</summary>
public sealed class ProjectionProviderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task CurrentAsync_NoWriteBetweenCalls_ReturnsTheSameProjections()
    {
        var provider = factory.Services.GetRequiredService<ProjectionProvider>();
        await client.DataAsync("{ centrality(measure: DEGREE) { networkVersion } neighborhood(id: \"o-backbone\") { version } }");

        // The sample has ended ties: the analyses and the map read today's as-of view, one per version, shared.
        var views = factory.Services.GetRequiredService<AsOfViews>();
        var first = await views.ViewAsync(await provider.CurrentAsync(CancellationToken.None), views.Today, "test", CancellationToken.None);
        var second = await views.ViewAsync(await provider.CurrentAsync(CancellationToken.None), views.Today, "test", CancellationToken.None);

        Assert.Same(await provider.CurrentAsync(CancellationToken.None), await provider.CurrentAsync(CancellationToken.None));
        Assert.Same(first, second);
        Assert.True(first.Projections.IsBuilt(Analytics.Projections.ProjectionKind.Organizations), "centrality built ORGANIZATIONS on the shared set");
        Assert.True(first.Projections.IsBuilt(Analytics.Projections.ProjectionKind.Full), "the network map built FULL on the shared set");
    }

    [Fact]
    public async Task CurrentAsync_AfterAWrite_ProjectsTheNewVersion()
    {
        var provider = factory.Services.GetRequiredService<ProjectionProvider>();
        var before = await provider.CurrentAsync(CancellationToken.None);

        await client.DataAsync("mutation { createGoal(input: { id: \"g-provider-test\", name: \"A goal added by the test\" }) { version } }");
        var after = await provider.CurrentAsync(CancellationToken.None);

        Assert.True(after.Version > before.Version);
        Assert.NotNull(after.FindNode("g-provider-test"));
        Assert.Null(before.FindNode("g-provider-test"));
        Assert.True(after.Projections.Full.Graph.TryGetIndex("g-provider-test", out _));
    }
}
