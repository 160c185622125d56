using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;
using static CollectiveImpact.Graph.Analytics.Projections.EdgeRelation;

namespace CollectiveImpact.Graph.Analytics.Tests.Projections;

/// <summary>
/// Expected nodes, edges, weights and relations are worked out by hand from <see cref="ProjectionNetworks.Sample"/>
/// and network-format.md ("Projections used by the analyses"), counting distinct connections as
/// <see cref="NetworkProjector"/> documents.
/// </summary>
public sealed class NetworkProjectorTests
{
    [Fact]
    public void Project_Full_HasEveryNodeButTheInitiativeInDocumentOrder()
    {
        var projection = NetworkProjector.Project(ProjectionNetworks.Sample(), ProjectionKind.Full);

        Assert.Equal(["g1", "g2", "i1", "i2", "oA", "oB", "oC", "oD", "p1", "p2", "p3", "p4", "a1", "a2"], projection.Graph.NodeIds);
        Assert.Equal(
            [NodeKind.Goal, NodeKind.Goal, NodeKind.Indicator, NodeKind.Indicator, NodeKind.Organization, NodeKind.Organization,
             NodeKind.Organization, NodeKind.Organization, NodeKind.Person, NodeKind.Person, NodeKind.Person, NodeKind.Person,
             NodeKind.Activity, NodeKind.Activity],
            projection.NodeKinds);
        Assert.Equal("Org C", projection.NodeNames[6]);
        Assert.Equal([null, null, null, null, Sector.Government, Sector.Community, null, Sector.Business, null, null, null, null, null, null], projection.Sectors);
        Assert.Equal([false, false, false, false, false, true, false, false, false, false, false, false, false, false], projection.CommunityLed);
    }

    [Fact]
    public void Project_Full_CollapsesParallelConnectionsIntoWeightedLabelledEdges()
    {
        var projection = NetworkProjector.Project(ProjectionNetworks.Sample(), ProjectionKind.Full);

        var expected = new Dictionary<string, (double, string)>
        {
            ["g1-i1"] = (1, "Measures"),
            ["g1-i2"] = (1, "Measures"),
            ["g1-oA"] = (1, "CommittedTo"),
            ["g2-oA"] = (1, "CommittedTo"),
            ["g1-oB"] = (1, "CommittedTo"),
            ["i1-a1"] = (1, "Moves"),
            ["i2-a2"] = (1, "Moves"),
            // COLLABORATES (given both ways: one tie) + FUNDS oA→oB + FUNDS oB→oA.
            ["oA-oB"] = (3, "Collaborates,Funds"),
            ["oA-oC"] = (1, "Communicates"),
            ["oA-p1"] = (1, "MemberOf"),
            ["oA-p3"] = (1, "MemberOf"),
            // FUNDS oA→a1, oA leads a1, and oA is also listed among a1's partners.
            ["oA-a1"] = (3, "Funds,Leads,PartnersOn"),
            ["oB-oC"] = (2, "Refers,SharesData"),
            ["oB-p2"] = (1, "MemberOf"),
            ["oB-a1"] = (1, "PartnersOn"),
            ["oB-a2"] = (1, "Leads"),
            ["oC-a1"] = (1, "PartnersOn"),
            ["oC-a2"] = (1, "PartnersOn"),
            ["p1-p2"] = (1, "Communicates"),
            ["p1-p3"] = (1, "Communicates"),
            ["p2-p3"] = (1, "Communicates"),
            ["p2-p4"] = (1, "Communicates"),
            ["a1-a2"] = (1, "FeedsInto"),
        };

        Assert.Equal(expected, ProjectionNetworks.EdgesById(projection));
    }

    [Fact]
    public void Project_Organizations_CountsTiesSharedActivitiesAndPeopleTies()
    {
        var projection = NetworkProjector.Project(ProjectionNetworks.Sample(), ProjectionKind.Organizations);

        var expected = new Dictionary<string, (double, string)>
        {
            // COLLABORATES + 2 FUNDS + activity a1 + people ties p1–p2 and p3–p2.
            ["oA-oB"] = (6, "Collaborates,Funds,SharedActivity,PeopleTie"),
            // COMMUNICATES + activity a1 (oA both leads and partners on it: still one activity).
            ["oA-oC"] = (2, "Communicates,SharedActivity"),
            // REFERS + SHARES_DATA + activities a1 and a2.
            ["oB-oC"] = (4, "Refers,SharesData,SharedActivity"),
        };

        Assert.Equal(["oA", "oB", "oC", "oD"], projection.Graph.NodeIds);
        Assert.All(projection.NodeKinds, kind => Assert.Equal(NodeKind.Organization, kind));
        Assert.Equal([Sector.Government, Sector.Community, null, Sector.Business], projection.Sectors);
        Assert.Equal([false, true, false, false], projection.CommunityLed);
        Assert.Equal(expected, ProjectionNetworks.EdgesById(projection));
        Assert.Equal(0, projection.Graph.Degree(3));
    }

    [Fact]
    public void Project_People_JoinsPeopleByTheirTiesOnly()
    {
        var projection = NetworkProjector.Project(ProjectionNetworks.Sample(), ProjectionKind.People);

        var expected = new Dictionary<string, (double, string)>
        {
            ["p1-p2"] = (1, "Communicates"),
            ["p1-p3"] = (1, "Communicates"),
            ["p2-p3"] = (1, "Communicates"),
            ["p2-p4"] = (1, "Communicates"),
        };

        Assert.Equal(["p1", "p2", "p3", "p4"], projection.Graph.NodeIds);
        Assert.Equal(["Person one", "Person two", "Person three", "Person four"], projection.NodeNames);
        Assert.All(projection.Sectors, Assert.Null);
        Assert.Equal(expected, ProjectionNetworks.EdgesById(projection));
    }

    [Fact]
    public void Project_PeopleTiesOfDifferentTypesBetweenOnePair_CountEachTie()
    {
        var network = Network.Empty with
        {
            Organizations = [new Organization("o1", "O1"), new Organization("o2", "O2")],
            People = [new Person("p1", "P1", "o1"), new Person("p2", "P2", "o2")],
            Ties = [new Tie("p1", "p2", TieType.Communicates), new Tie("p2", "p1", TieType.Communicates), new Tie("o1", "o2", TieType.Refers), new Tie("o2", "o1", TieType.Refers)],
        };

        var people = NetworkProjector.Project(network, ProjectionKind.People);
        var organizations = NetworkProjector.Project(network, ProjectionKind.Organizations);

        Assert.Equal(1.0, Assert.Single(people.Graph.Edges).Weight);
        Assert.Equal(new Dictionary<string, (double, string)> { ["o1-o2"] = (3, "Refers,PeopleTie") }, ProjectionNetworks.EdgesById(organizations));
    }

    [Theory]
    [InlineData(ProjectionKind.Full)]
    [InlineData(ProjectionKind.Organizations)]
    [InlineData(ProjectionKind.People)]
    public void Project_EmptyNetwork_IsAnEmptyGraph(ProjectionKind kind)
    {
        var projection = NetworkProjector.Project(Network.Empty, kind);

        Assert.Equal(kind, projection.Kind);
        Assert.Equal(0, projection.Graph.NodeCount);
        Assert.Equal(0, projection.Graph.EdgeCount);
    }

    [Fact]
    public void Project_TieOfANodeWithItself_HasNoEdge()
    {
        var network = Network.Empty with
        {
            Organizations = [new Organization("o1", "O1")],
            Ties = [new Tie("o1", "o1", TieType.Collaborates)],
        };

        Assert.Equal(0, NetworkProjector.Project(network, ProjectionKind.Full).Graph.EdgeCount);
        Assert.Equal(0, NetworkProjector.Project(network, ProjectionKind.Organizations).Graph.EdgeCount);
    }

    [Fact]
    public void FindEdge_AdjacentAndNot_ReturnsTheEdgeIndexOrNull()
    {
        var projection = NetworkProjector.Project(ProjectionNetworks.Sample(), ProjectionKind.Organizations);

        var edge = projection.FindEdge(1, 0);

        Assert.NotNull(edge);
        Assert.Equal((0, 1), (projection.Graph.Edges[edge.Value].U, projection.Graph.Edges[edge.Value].V));
        Assert.True(projection.HasRelation(edge.Value, PeopleTie));
        Assert.False(projection.HasRelation(edge.Value, Refers));
        Assert.Null(projection.FindEdge(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => projection.FindEdge(0, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => projection.RelationsOf(3));
    }

    [Fact]
    public void Project_ReferenceToNoNode_NamesWhereItIs()
    {
        var network = Network.Empty with
        {
            Organizations = [new Organization("o1", "O1")],
            Activities = [new Activity("a1", "A1", "o1", Partners: ["o1", "o-missing"])],
        };

        var error = Assert.Throws<ArgumentException>(() => NetworkProjector.Project(network, ProjectionKind.Full));

        Assert.Contains("activities[0].partners[1]", error.Message);
        Assert.Contains("o-missing", error.Message);
    }

    [Fact]
    public void Project_DuplicateId_NamesTheSecondUse()
    {
        var network = Network.Empty with
        {
            Goals = [new Goal("x", "Goal")],
            People = [new Person("x", "Person")],
        };

        var error = Assert.Throws<ArgumentException>(() => NetworkProjector.Project(network, ProjectionKind.People));

        Assert.Contains("people[0].id", error.Message);
    }

    [Fact]
    public void Project_TieBetweenWrongKinds_IsRejected()
    {
        var network = Network.Empty with
        {
            Goals = [new Goal("g1", "Goal")],
            Organizations = [new Organization("o1", "O1")],
            Ties = [new Tie("o1", "g1", TieType.Collaborates)],
        };

        var error = Assert.Throws<ArgumentException>(() => NetworkProjector.Project(network, ProjectionKind.Organizations));

        Assert.Contains("ties[0]", error.Message);
    }

    [Fact]
    public void Project_WrongKindOfReference_IsRejected()
    {
        var network = Network.Empty with
        {
            Goals = [new Goal("g1", "Goal")],
            People = [new Person("p1", "P1", Organization: "g1")],
        };

        var error = Assert.Throws<ArgumentException>(() => NetworkProjector.Project(network, ProjectionKind.Full));

        Assert.Contains("people[0].organization", error.Message);
    }
}
