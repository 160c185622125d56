using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;
using QuikGraph.Algorithms;

namespace CollectiveImpact.Graph.Analytics.Tests.Graphs;

/// <summary>
/// The adapter keeps every node and edge, so QuikGraph's own algorithms give what ours give: its connected components
/// on the adapted graph are exactly <see cref="ConnectedComponents"/>' on every fixture graph and on the three
/// projections of the sample. Counts of the small graphs are read off by hand; karate club is Zachary's 34 and 78.
/// </summary>
public sealed class QuikGraphAdapterTests
{
    private static readonly Lazy<Network> Sample = new(RiverbendSample.Load);

    public static TheoryData<ProjectionKind> Projections => new(Enum.GetValues<ProjectionKind>());

    [Fact]
    public void ToQuikGraph_KarateClub_KeepsNodesAndEdges()
    {
        var graph = FixtureGraph.Load("karate_club").Graph;

        var quik = graph.ToQuikGraph();

        Assert.Equal(34, quik.VertexCount);
        Assert.Equal(78, quik.EdgeCount);
        Assert.Equal(graph.NodeIds, quik.Vertices);
    }

    [Fact]
    public void ToQuikGraph_WeightedTriangle_TagsEachEdgeWithItsWeightBetweenIds()
    {
        var graph = UndirectedGraph.Create(["b", "a", "c"], [("b", "a", 2.0), ("a", "c", 1.5), ("c", "b", 1.0)]);

        var quik = graph.ToQuikGraph();

        Assert.True(quik.TryGetEdge("a", "b", out var ab));
        Assert.Equal(2.0, ab.Tag);
        Assert.True(quik.TryGetEdge("c", "a", out var ac));
        Assert.Equal(1.5, ac.Tag);
        Assert.True(quik.TryGetEdge("b", "c", out var bc));
        Assert.Equal(1.0, bc.Tag);
    }

    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void ConnectedComponents_FixtureGraph_QuikGraphAgreesWithOurs(string name)
    {
        var graph = FixtureGraph.Load(name).Graph;

        AssertSameComponents(graph);
    }

    [Theory]
    [MemberData(nameof(Projections))]
    public void ConnectedComponents_SampleProjection_QuikGraphAgreesWithOurs(ProjectionKind kind)
    {
        var graph = NetworkProjector.Project(Sample.Value, kind).Graph;

        AssertSameComponents(graph);
    }

    [Fact]
    public void ToQuikGraph_FeedsInto_EveryActivityIsAVertexAndEveryTieAnEdge()
    {
        var network = new NetworkBuilder()
            .Goal("g").Indicator("i", "g").Organizations("o1", "o2")
            .Activity("a1", "o1", ["i"]).Activity("a2", "o1", ["i"]).Activity("a3", "o2", ["i"]).Activity("lone", "o2", ["i"])
            .FeedsInto("a1", "a2").FeedsInto("a2", "a3")
            .Tie("o1", "o2", TieType.Funds)
            .Build();

        var quik = network.ToQuikGraph(TieType.FeedsInto);

        Assert.Equal(["a1", "a2", "a3", "lone"], quik.Vertices);
        Assert.Equal([("a1", "a2"), ("a2", "a3")], quik.Edges.Select(e => (e.Source, e.Target)));
        Assert.All(quik.Edges, e => Assert.Equal(1.0, e.Tag));
        Assert.Equal(0, quik.InDegree("a1"));
    }

    [Fact]
    public void ToQuikGraph_Funds_JoinsOrganizationsAndActivitiesInTheTiesDirection()
    {
        var network = new NetworkBuilder()
            .Goal("g").Indicator("i", "g").Organizations("o1", "o2")
            .Activity("a1", "o2", ["i"])
            .Tie("o1", "o2", TieType.Funds).Tie("o2", "a1", TieType.Funds).Tie("o1", "o2")
            .Build();

        var quik = network.ToQuikGraph(TieType.Funds);

        Assert.Equal(["o1", "o2", "a1"], quik.Vertices);
        Assert.Equal([("o1", "o2"), ("o2", "a1")], quik.Edges.Select(e => (e.Source, e.Target)));
        Assert.Equal(["o1"], quik.InEdges("o2").Select(e => e.Source));
    }

    [Theory]
    [InlineData(TieType.Collaborates)]
    [InlineData(TieType.Communicates)]
    public void ToQuikGraph_UndirectedTieType_IsRejected(TieType type)
    {
        var network = new NetworkBuilder().Organizations("o1", "o2").Tie("o1", "o2", type).Build();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => network.ToQuikGraph(type));

        Assert.Equal("type", error.ParamName);
    }

    private static void AssertSameComponents(UndirectedGraph graph)
    {
        var ours = ConnectedComponents.Compute(graph);
        var quikComponentOf = new Dictionary<string, int>(StringComparer.Ordinal);

        var quikCount = graph.ToQuikGraph().ConnectedComponents(quikComponentOf);

        Assert.Equal(ours.Count, quikCount);
        Assert.Equal(Partition(graph.NodeIds.Select((id, i) => (id, ours.ComponentOf[i]))), Partition(quikComponentOf.Select(c => (c.Key, c.Value))));
    }

    // The components as sets of ids, each listed by id and the sets by their first id, whatever the numbering.
    private static List<string> Partition(IEnumerable<(string Id, int Component)> membership) =>
        membership.GroupBy(m => m.Component, m => m.Id)
            .Select(g => string.Join(' ', g.Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
