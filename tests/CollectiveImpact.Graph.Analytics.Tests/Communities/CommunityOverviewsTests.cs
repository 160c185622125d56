using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Communities;

/// <summary>
/// Community overviews on networks with planted truth: two groups of four organizations, each on its own activity,
/// goal, sector and place, joined by one tie, and a partner on its own. Names, shares, lifts and links are worked out
/// by hand from analyses.md's definition.
/// </summary>
public sealed class CommunityOverviewsTests
{
    private static NetworkBuilder TwoGroups() => new NetworkBuilder()
        .Goal("g-health", "Families are healthy").Goal("g-school", "Children finish school")
        .Indicator("i-health", "g-health").Indicator("i-school", "g-school")
        .Organization("h1", ["g-health"], sector: Sector.Health, name: "Health One")
        .Organization("h2", ["g-health"], sector: Sector.Health).Organization("h3", ["g-health"], sector: Sector.Health).Organization("h4", ["g-health"], sector: Sector.Health)
        .Organization("s1", ["g-school"], sector: Sector.Education, name: "School One")
        .Organization("s2", ["g-school"], sector: Sector.Education).Organization("s3", ["g-school"], sector: Sector.Education).Organization("s4", ["g-school"], sector: Sector.Education)
        .Organization("x-alone", sector: Sector.Other, name: "Lone Partner")
        .Activity("a-health", "h1", ["i-health"], ["h2", "h3", "h4"], places: ["north-side"])
        .Activity("a-school", "s1", ["i-school"], ["s2", "s3", "s4"], places: ["eastbank"])
        .Tie("h1", "s1");

    private static CommunityOverview Overview(Network network)
    {
        var graph = NetworkProjector.Project(network, ProjectionKind.Organizations).Graph;
        return CommunityOverviews.Build(network, graph, CommunityOverviews.Partition(graph, "ORGANIZATIONS", 42, null));
    }

    [Fact]
    public void Build_TwoPlantedGroups_AreNamedFromTheirGoalSectorAndPlace()
    {
        var network = TwoGroups().Build();
        var graph = NetworkProjector.Project(network, ProjectionKind.Organizations).Graph;

        var overview = Overview(network);
        var health = overview.Communities[0];
        var school = overview.Communities[1];

        Assert.Equal(3, overview.Communities.Count);
        Assert.Equal(["h1", "h2", "h3", "h4"], health.Organizations);
        Assert.Equal("Families are healthy · Health · North Side", health.Name);
        Assert.Equal("Children finish school · Education · Eastbank", school.Name);
        // g-health: 4 of 4 here, 4 of 9 overall: lift 9/4.
        var goal = Assert.Single(health.Goals);
        Assert.Equal(("g-health", 4, 1.0, 2.25, false), (goal.Goal, goal.Count, goal.Share, goal.Lift, goal.Member));
        Assert.Equal(("HEALTH", 4, 2.25), (health.Sectors[0].Value, health.Sectors[0].Count, health.Sectors[0].Lift));
        Assert.Equal(("north-side", 4), (health.Places[0].Value, health.Places[0].Count));
        Assert.Equal("h1", health.Anchor);
        Assert.Equal(new Dictionary<string, int> { ["ORGANIZATION"] = 4 }, health.KindCounts);
        // Each group is a clique through its shared activity: 6 edges inside.
        Assert.Equal((6, 6), (health.InternalEdges, school.InternalEdges));
        var link = Assert.Single(overview.Links);
        Assert.Equal((0, 1, 1), (link.From, link.To, link.EdgeCount));
        Assert.Equal(graph.WeightBetween(graph.IndexOf("h1"), graph.IndexOf("s1")), link.Weight);
        Assert.Equal(graph.EdgeCount, overview.Communities.Sum(c => c.InternalEdges) + overview.Links.Sum(l => l.EdgeCount));
        Assert.Equal(1, overview.LinkCount);
    }

    [Fact]
    public void Build_ACommunitySharingNothing_IsNamedAfterItsBestConnectedOrganization()
    {
        var overview = Overview(TwoGroups().Build());

        var alone = overview.Communities[2];

        Assert.Equal(["x-alone"], alone.Organizations);
        Assert.Empty(alone.Goals);
        Assert.Equal("Lone Partner", alone.Name);
    }

    [Fact]
    public void Build_TwoCommunitiesSharingTheSameThings_GetDistinctNames()
    {
        var network = TwoGroups()
            .Organization("k1", ["g-health"], sector: Sector.Health).Organization("k2", ["g-health"], sector: Sector.Health)
            .Organization("k3", ["g-health"], sector: Sector.Health).Organization("k4", ["g-health"], sector: Sector.Health)
            .Activity("a-health-2", "k1", ["i-health"], ["k2", "k3", "k4"], places: ["north-side"])
            .Build();

        var names = Overview(network).Communities.Select(c => c.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("Families are healthy · Health · North Side", names);
        Assert.Contains("Families are healthy · Health · North Side, around k1", names);
    }

    [Fact]
    public void Build_OnFull_AGoalInTheCommunityComesFirstAndNoPersonIsNamed()
    {
        var network = TwoGroups().Person("p-ann", "h1").Person("p-bob", "s1").Build();
        var graph = NetworkProjector.Project(network, ProjectionKind.Full).Graph;

        var overview = CommunityOverviews.Build(network, graph, CommunityOverviews.Partition(graph, "FULL", 42, null));

        Assert.All(overview.Communities, c => Assert.DoesNotContain("p-", c.Name, StringComparison.Ordinal));
        Assert.All(overview.Communities.Where(c => c.KindCounts.ContainsKey("GOAL")), c => Assert.True(c.Goals[0].Member));
        Assert.Equal(graph.EdgeCount, overview.Communities.Sum(c => c.InternalEdges) + overview.Links.Sum(l => l.EdgeCount));
        Assert.Equal(graph.NodeCount, overview.Communities.Sum(c => c.Size));
    }
}
