using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// brokerage, whatIf and equityLens (the rest of <c>CollectiveImpactFields</c>, kept apart so each test class stays
/// short) on the sample. Expected values are the analytics library's on a snapshot read from the same store.
/// </summary>
public sealed class BrokerageFieldsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Brokerage_IsTheLibrarysRanking_PagedAndExplained()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        const string query = """
            query($after: String) { brokerage(top: 12, seed: 7) { parameters { top seed } networkVersion
              recommendations(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
                organizationIds organizations { id } score rank sharedGoals { id } sharedIndicators { id } sharedPopulations sharedPlaces
                distance communities backboneTiedToBoth message } } } } }
            """;

        var data = await client.DataAsync(query, new { after = (string?)null });
        var recommendations = await ConnectionPages.AllAsync(client, query, "brokerage.recommendations");

        var expected = BrokerageRecommender.Run(projections.Snapshot.Network, projections.Organizations, new BrokerageOptions(12, 7)).Recommendations;
        Assert.NotEmpty(expected);
        Assert.Equal("""{"top":12,"seed":7}""", data.Path("brokerage.parameters").GetRawText());
        Assert.Equal(projections.Version, data.Path("brokerage.networkVersion").GetInt64());
        Assert.Equal(expected.Count, recommendations.Count);
        foreach (var (want, got) in expected.Zip(recommendations))
        {
            Assert.Equal([want.OrganizationA, want.OrganizationB], got.GetProperty("organizationIds").EnumerateArray().Select(i => i.GetString()));
            Assert.Equal([want.OrganizationA, want.OrganizationB], got.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
            Assert.Equal(want.Score, got.GetProperty("score").GetDouble(), 12);
            Assert.Equal(want.Rank, got.GetProperty("rank").GetInt32());
            Assert.Equal(want.SharedGoals, got.GetProperty("sharedGoals").EnumerateArray().Select(g => g.GetProperty("id").GetString()));
            Assert.Equal(want.SharedIndicators, got.GetProperty("sharedIndicators").EnumerateArray().Select(g => g.GetProperty("id").GetString()));
            Assert.Equal(want.SharedPopulations, got.GetProperty("sharedPopulations").EnumerateArray().Select(g => g.GetString()));
            Assert.Equal(want.SharedPlaces, got.GetProperty("sharedPlaces").EnumerateArray().Select(g => g.GetString()));
            Assert.Equal(want.Distance, got.GetProperty("distance").ValueKind == JsonValueKind.Null ? null : got.GetProperty("distance").GetInt32());
            Assert.Equal([want.CommunityA, want.CommunityB], got.GetProperty("communities").EnumerateArray().Select(c => c.GetInt32()));
            Assert.Equal(want.BackboneTiedToBoth, got.GetProperty("backboneTiedToBoth").GetBoolean());
            Assert.Equal(want.Message, got.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Brokerage_Defaults_AreTop20Seed42()
    {
        var data = await client.DataAsync("{ brokerage { parameters { top seed } recommendations(first: 0) { totalCount } } }");

        Assert.Equal("""{"top":20,"seed":42}""", data.Path("brokerage.parameters").GetRawText());
        Assert.InRange(data.Path("brokerage.recommendations.totalCount").GetInt32(), 1, 20);
    }

    [Fact]
    public async Task WhatIf_IsTheLibrarysBeforeAndAfter()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);

        var data = await client.DataAsync("""
            { whatIf(top: 5) { parameters { top seed } components { before after change } averageShortestPath { before after change }
              reinforcementIndex { before after change } introductions { totalCount edges { node { organizationIds } } } } }
            """);

        var introductions = BrokerageRecommender.Run(projections.Snapshot.Network, projections.Organizations, new BrokerageOptions(5, 42)).Recommendations;
        var expected = WhatIf.Run(projections.Snapshot.Network, projections.Organizations, introductions);
        var run = data.GetProperty("whatIf");
        Assert.Equal("""{"top":5,"seed":42}""", run.GetProperty("parameters").GetRawText());
        AssertChange(expected.Components, run.GetProperty("components"));
        AssertChange(expected.AverageShortestPath, run.GetProperty("averageShortestPath"));
        AssertChange(expected.ReinforcementIndex, run.GetProperty("reinforcementIndex"));
        Assert.Equal(introductions.Select(i => i.OrganizationA + " " + i.OrganizationB),
            run.Path("introductions.edges").EnumerateArray().Select(e => string.Join(' ', e.Path("node.organizationIds").EnumerateArray().Select(i => i.GetString()))));
    }

    [Fact]
    public async Task WhatIf_NoIntroductions_ChangesNothing()
    {
        var data = await client.DataAsync("{ whatIf(top: 0) { components { change } averageShortestPath { change } reinforcementIndex { change } } }");

        Assert.Equal(0, data.Path("whatIf.components.change").GetDouble());
        Assert.Equal(0, data.Path("whatIf.averageShortestPath.change").GetDouble());
        Assert.Equal(0, data.Path("whatIf.reinforcementIndex.change").GetDouble());
    }

    [Fact]
    public async Task EquityLens_IsTheLibrarysComparison()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);

        var data = await client.DataAsync("""
            { equityLens(measures: [PAGE_RANK, DEGREE, DEGREE]) { parameters { measures structuralHoles }
              measures { measure communityLed { count defined mean median } others { count defined mean median } bySector { sector summary { count mean } } }
              communityLedAtTheEdge { id } } }
            """);

        var expected = EquityLens.Run(projections.Organizations, new EquityOptions([CentralityMeasure.Degree, CentralityMeasure.PageRank]));
        var lens = data.GetProperty("equityLens");
        Assert.Equal("""{"measures":["DEGREE","PAGE_RANK"],"structuralHoles":true}""", lens.GetProperty("parameters").GetRawText());
        var measures = lens.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal(expected.Measures.Select(m => m.Measure), measures.Select(m => m.GetProperty("measure").GetString()));
        foreach (var (want, got) in expected.Measures.Zip(measures))
        {
            AssertSummary(want.CommunityLed, got.GetProperty("communityLed"));
            AssertSummary(want.Others, got.GetProperty("others"));
            Assert.Equal(want.BySector.Select(s => s.Summary.Count), got.GetProperty("bySector").EnumerateArray().Select(s => s.Path("summary.count").GetInt32()));
        }

        Assert.Equal(expected.CommunityLedAtTheEdge, lens.GetProperty("communityLedAtTheEdge").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("{ brokerage(top: -1) { networkVersion } }", "top:")]
    [InlineData("{ whatIf(top: -2) { networkVersion } }", "top:")]
    [InlineData("{ brokerage { recommendations(first: 1001) { totalCount } } }", "first:")]
    public async Task BadArguments_FailWithInvalidArgumentNamingTheArgument(string query, string argument) =>
        await client.AssertInvalidArgumentAsync(query, argument);

    [Fact]
    public async Task SameCallTwice_GivesTheSameResult()
    {
        const string query = "{ brokerage(top: 10) { recommendations { edges { node { organizationIds score rank message } } } } whatIf(top: 3) { averageShortestPath { after } } }";

        var first = await client.DataAsync(query);
        var second = await client.DataAsync(query);

        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    private static void AssertChange(MetricChange expected, JsonElement actual)
    {
        Assert.Equal(expected.Before, Number(actual.GetProperty("before")));
        Assert.Equal(expected.After, Number(actual.GetProperty("after")));
        Assert.Equal(expected.Change, Number(actual.GetProperty("change")));
    }

    private static void AssertSummary(GroupSummary expected, JsonElement actual)
    {
        Assert.Equal(expected.Count, actual.GetProperty("count").GetInt32());
        Assert.Equal(expected.Defined, actual.GetProperty("defined").GetInt32());
        Assert.Equal(expected.Mean, Number(actual.GetProperty("mean")));
        Assert.Equal(expected.Median, Number(actual.GetProperty("median")));
    }

    private static double? Number(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();
}
