using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Projections;

/// <summary>Hand-built networks the projection tests share, and a way to read a projection's edges by id.</summary>
internal static class ProjectionNetworks
{
    /// <summary>
    /// Two goals, two indicators, four organizations (oD isolated), four people (p4 without an organization), two
    /// activities, and ties of every type, including a reversed undirected duplicate, both directions of FUNDS, a tie
    /// inside one organization's people, and duplicates in lists.
    /// </summary>
    public static Network Sample() => new(
        new Initiative("init", "The initiative", Backbone: "oA"),
        [new Goal("g1", "Goal one"), new Goal("g2", "Goal two")],
        [new Indicator("i1", "Indicator one", "g1"), new Indicator("i2", "Indicator two", "g1")],
        [],
        [
            new Organization("oA", "Org A", Sector.Government, Goals: ["g1", "g1", "g2"]),
            new Organization("oB", "Org B", Sector.Community, CommunityLed: true, Goals: ["g1"]),
            new Organization("oC", "Org C"),
            new Organization("oD", "Org D", Sector.Business),
        ],
        [
            new Person("p1", "Person one", "oA"),
            new Person("p2", "Person two", "oB"),
            new Person("p3", "Person three", "oA"),
            new Person("p4", "Person four"),
        ],
        [
            new Activity("a1", "Activity one", "oA", Partners: ["oB", "oC", "oB", "oA"], Indicators: ["i1", "i1"]),
            new Activity("a2", "Activity two", "oB", Partners: ["oC"], Indicators: ["i2"]),
        ],
        [
            new Tie("oA", "oB", TieType.Collaborates, 3),
            new Tie("oB", "oA", TieType.Collaborates),
            new Tie("oA", "oB", TieType.Funds, 1000),
            new Tie("oB", "oA", TieType.Funds, 50),
            new Tie("oA", "a1", TieType.Funds, 200),
            new Tie("a1", "a2", TieType.FeedsInto),
            new Tie("p1", "p2", TieType.Communicates),
            new Tie("p2", "p1", TieType.Communicates),
            new Tie("p3", "p2", TieType.Communicates),
            new Tie("p1", "p3", TieType.Communicates),
            new Tie("p2", "p4", TieType.Communicates),
            new Tie("oC", "oB", TieType.Refers, 12),
            new Tie("oC", "oB", TieType.SharesData),
            new Tie("oC", "oA", TieType.Communicates, 4),
        ]);

    /// <summary>Each edge as "u-v" (ids in node order) → (weight, its relations joined by commas).</summary>
    public static Dictionary<string, (double Weight, string Relations)> EdgesById(NetworkProjection projection)
    {
        var graph = projection.Graph;
        var edges = new Dictionary<string, (double, string)>();
        for (var k = 0; k < graph.EdgeCount; k++)
        {
            var edge = graph.Edges[k];
            edges.Add($"{graph.NodeIds[edge.U]}-{graph.NodeIds[edge.V]}", (edge.Weight, string.Join(",", projection.RelationsOf(k))));
        }

        return edges;
    }
}
