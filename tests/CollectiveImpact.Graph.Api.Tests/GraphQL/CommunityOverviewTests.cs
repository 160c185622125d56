using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// communityOverview on the sample through the API: the same communities as communities (order and sizes), every one
/// named, names distinct and never a person's, links between valid communities adding up with the internal edges to
/// the projection's edges; a dashboard gets the same names.
/// </summary>
public sealed class CommunityOverviewTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Query = """
        { communityOverview(projection: FULL) { linkCount communities { index name size internalEdges goals { goalId lift } anchorId }
            links { from to edgeCount weight } }
          communities(projection: FULL) { communities(first: 1000) { items { index size } } }
          networkMetrics(projection: FULL) { edges }
          people(first: 1000) { items { name } } }
        """;

    [Fact]
    public async Task Overview_OnTheSample_NamesEveryCommunityDistinctlyAndLinksAddUp()
    {
        var data = await factory.GraphQL().DataAsync(Query);

        var overview = data.GetProperty("communityOverview");
        var communities = overview.GetProperty("communities").EnumerateArray().ToList();
        var louvain = data.GetProperty("communities").GetProperty("communities").GetProperty("items").EnumerateArray().ToList();
        var links = overview.GetProperty("links").EnumerateArray().ToList();
        var names = communities.Select(c => c.GetProperty("name").GetString()!).ToList();
        var people = data.GetProperty("people").GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToHashSet();

        Assert.Equal(louvain.Select(c => (c.GetProperty("index").GetInt32(), c.GetProperty("size").GetInt32())),
            communities.Select(c => (c.GetProperty("index").GetInt32(), c.GetProperty("size").GetInt32())));
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.DoesNotContain(people, p => n.Contains(p, StringComparison.Ordinal)));
        Assert.All(links, l => Assert.InRange(l.GetProperty("from").GetInt32(), 0, l.GetProperty("to").GetInt32() - 1));
        Assert.All(links, l => Assert.InRange(l.GetProperty("to").GetInt32(), 1, communities.Count - 1));
        Assert.Equal(data.GetProperty("networkMetrics").GetProperty("edges").GetInt32(),
            communities.Sum(c => c.GetProperty("internalEdges").GetInt32()) + links.Sum(l => l.GetProperty("edgeCount").GetInt32()));
        Assert.Equal(links.Count, overview.GetProperty("linkCount").GetInt32());
        Assert.Equal(links.OrderByDescending(l => l.GetProperty("weight").GetDouble()).Select(l => l.GetProperty("weight").GetDouble()), links.Select(l => l.GetProperty("weight").GetDouble()));
        Assert.All(communities.SelectMany(c => c.GetProperty("goals").EnumerateArray()), g => Assert.True(g.GetProperty("lift").GetDouble() >= 1.25 || g.GetProperty("lift").GetDouble() == 0));
    }

    [Fact]
    public async Task Overview_AsADashboard_HasTheSameNames()
    {
        var dashboard = factory.GraphQLAs(factory.CreateKey(Roles.Dashboard, "Overview dashboard"));
        const string names = "{ communityOverview(projection: FULL) { communities { name } } }";

        var asBackbone = await factory.GraphQL().DataAsync(names);
        var asDashboard = await dashboard.DataAsync(names);

        Assert.Equal(asBackbone.GetRawText(), asDashboard.GetRawText());
    }
}
