using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>
/// A write invalidates only the cached results whose input it changed (issue 14, item 6), through the API on the sample:
/// results are keyed by the fingerprint of what they read (<c>AnalysisReads</c>), and projections carry over a write
/// that leaves them alone. A result served from the cache keeps the <c>computedAt</c> and <c>networkVersion</c> it was
/// computed at.
/// </summary>
public sealed class WriteInvalidationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Centrality = "{ networkVersion centrality(projection: ORGANIZATIONS, measure: PAGE_RANK) { networkVersion computedAt } }";
    private const string Progress = "{ indicatorProgress(asOf: \"2030-01-01\") { networkVersion computedAt } }";

    private const string Reinforcement = "{ networkVersion reinforcement { networkVersion computedAt } }";

    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Reinforcement_AfterAGoalDescriptionChange_IsServedFromTheCacheAndAfterARenameComputedAgain()
    {
        await client.DataAsync("mutation { createGoal(input: { id: \"g-reinforced\", name: \"A goal\" }) { version } }");
        var first = await client.DataAsync(Reinforcement);

        await client.DataAsync("mutation { updateGoal(input: { id: \"g-reinforced\", name: \"A goal\", description: \"Words reinforcement never reads\" }) { version } }");
        var described = await client.DataAsync(Reinforcement);
        await client.DataAsync("mutation { updateGoal(input: { id: \"g-reinforced\", name: \"A renamed goal\", description: \"Words reinforcement never reads\" }) { version } }");
        var renamed = await client.DataAsync(Reinforcement);

        Assert.Equal(first.Path("reinforcement.computedAt").GetString(), described.Path("reinforcement.computedAt").GetString());
        Assert.Equal(first.Path("reinforcement.networkVersion").GetInt64(), described.Path("reinforcement.networkVersion").GetInt64());
        Assert.True(described.GetProperty("networkVersion").GetInt64() > first.GetProperty("networkVersion").GetInt64(), "the write moved the version");
        Assert.Equal(renamed.GetProperty("networkVersion").GetInt64(), renamed.Path("reinforcement.networkVersion").GetInt64());
        Assert.True(renamed.Path("reinforcement.computedAt").GetDateTimeOffset() > first.Path("reinforcement.computedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Centrality_AfterAGoalDescriptionChange_IsServedFromTheCache()
    {
        await client.DataAsync("mutation { createGoal(input: { id: \"g-unrelated\", name: \"A goal\" }) { version } }");
        var first = await client.DataAsync(Centrality);

        await client.DataAsync("mutation { updateGoal(input: { id: \"g-unrelated\", name: \"A goal\", description: \"New words\" }) { version } }");
        var after = await client.DataAsync(Centrality);

        Assert.Equal(first.Path("centrality.computedAt").GetString(), after.Path("centrality.computedAt").GetString());
        Assert.Equal(first.Path("centrality.networkVersion").GetInt64(), after.Path("centrality.networkVersion").GetInt64());
        Assert.True(after.GetProperty("networkVersion").GetInt64() > first.GetProperty("networkVersion").GetInt64(), "the write moved the version");
    }

    [Fact]
    public async Task Centrality_AfterANewOrganization_IsComputedAgain()
    {
        var first = await client.DataAsync(Centrality);

        await client.DataAsync("mutation { createOrganization(input: { id: \"o-related\", name: \"Related\", sector: OTHER }) { version } }");
        var after = await client.DataAsync(Centrality);

        Assert.True(after.Path("centrality.computedAt").GetDateTimeOffset() > first.Path("centrality.computedAt").GetDateTimeOffset());
        Assert.Equal(after.GetProperty("networkVersion").GetInt64(), after.Path("centrality.networkVersion").GetInt64());
    }

    [Fact]
    public async Task Measurement_KeepsCentralityButNotIndicatorProgress()
    {
        var centrality = await client.DataAsync(Centrality);
        var progress = await client.DataAsync(Progress);

        await client.DataAsync("mutation { recordMeasurement(input: { indicator: \"i-kindy-enrolment\", date: \"2029-06-30\", value: 71 }) { version } }");
        var centralityAfter = await client.DataAsync(Centrality);
        var progressAfter = await client.DataAsync(Progress);

        Assert.Equal(centrality.Path("centrality.computedAt").GetString(), centralityAfter.Path("centrality.computedAt").GetString());
        Assert.True(progressAfter.Path("indicatorProgress.networkVersion").GetInt64() > progress.Path("indicatorProgress.networkVersion").GetInt64());
        Assert.True(progressAfter.Path("indicatorProgress.computedAt").GetDateTimeOffset() > progress.Path("indicatorProgress.computedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Projections_AfterWrites_AreReusedOrUpdatedInPlaceWhereTheWriteAllows()
    {
        // The sample has ended ties, so the analyses read today's as-of view, which carries its projections over like
        // the stored version does (AsOfViews).
        var provider = factory.Services.GetRequiredService<ProjectionProvider>();
        var views = factory.Services.GetRequiredService<AsOfViews>();
        await client.DataAsync("{ full: centrality(projection: FULL, measure: DEGREE) { computedAt } people: centrality(projection: PEOPLE, measure: DEGREE) { computedAt } organizations: centrality(projection: ORGANIZATIONS, measure: DEGREE) { computedAt } }");
        var before = await views.ViewAsync(await provider.CurrentAsync(CancellationToken.None), views.Today, "test", CancellationToken.None);

        await client.DataAsync("mutation { updateOrganization(input: { id: \"o-backbone\", name: \"The renamed backbone\", sector: NONPROFIT }) { version } }");
        var renamed = await views.ViewAsync(await provider.CurrentAsync(CancellationToken.None), views.Today, "test", CancellationToken.None);

        Assert.Equal(ProjectionOrigin.UpdatedInPlace, renamed.Projections.OriginOf(ProjectionKind.Organizations));
        Assert.Same(before.Projections.Organizations.Graph, renamed.Projections.Organizations.Graph);
        Assert.Equal("The renamed backbone", renamed.Projections.Organizations.NodeNames[renamed.Projections.Organizations.Graph.IndexOf("o-backbone")]);
        Assert.Equal(ProjectionOrigin.Reused, renamed.Projections.OriginOf(ProjectionKind.People));
        Assert.Same(before.Projections.People, renamed.Projections.People);
        Assert.Equal(
            new ProjectedNetwork(renamed.Snapshot).Projections.Organizations.Fingerprint,
            renamed.Projections.Organizations.Fingerprint);
    }
}
