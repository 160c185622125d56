using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Connectivity;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.bridges</c> on every fixture graph (Fixtures/structure.json, compared as sets
/// of unordered pairs); the canonical cases by inspection (the barbell's three path edges; every edge of a tree; no
/// edge of a cycle); on seeded random graphs, the definition itself (removing the edge adds a component).
/// </summary>
public sealed class BridgesTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Find_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);
        var expected = StructureReference.For(name).GetProperty("bridges").EnumerateArray()
            .Select(pair => Unordered(pair[0].GetString()!, pair[1].GetString()!));

        var bridges = Bridges.Find(fixture.Graph);

        Assert.Equal(expected.ToHashSet(), bridges.Select(b => Unordered(b.U, b.V)).ToHashSet());
        Assert.Equal(bridges.Count, bridges.Distinct().Count());
    }

    [Fact]
    public void Find_Barbell_IsThePathBetweenTheCliques()
    {
        var bridges = Bridges.Find(FixtureGraph.Load("barbell_5_2").Graph);

        Assert.Equal([new Bridge("4", "5"), new Bridge("5", "6"), new Bridge("6", "7")], bridges);
    }

    [Fact]
    public void Find_KrackhardtKite_IsTheTail()
    {
        var bridges = Bridges.Find(FixtureGraph.Load("krackhardt_kite").Graph);

        Assert.Equal([new Bridge("7", "8"), new Bridge("8", "9")], bridges);
    }

    [Fact]
    public void Find_TreeAndCycle_AllOrNone()
    {
        Assert.Equal(4, Bridges.Find(CanonicalGraphs.Path(5)).Count);
        Assert.Empty(Bridges.Find(FixtureGraph.Load("cycle_6").Graph));
        Assert.Empty(Bridges.Find(CanonicalGraphs.Empty()));
    }

    [Fact]
    public void Find_TwoComponents_FindsBridgesInEach()
    {
        // Triangle 0-1-2 with pendant 2-3; separately the edge 4-5.
        var graph = CanonicalGraphs.Unweighted(6, (0, 1), (1, 2), (0, 2), (2, 3), (4, 5));

        Assert.Equal([new Bridge("2", "3"), new Bridge("4", "5")], Bridges.Find(graph));
    }

    [Fact]
    public void Find_PathOf200kNodes_DoesNotOverflowTheStack()
    {
        const int nodes = 200_000;

        Assert.Equal(nodes - 1, Bridges.Find(CanonicalGraphs.Path(nodes)).Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Find_RandomSparseGraph_AgreesWithRemovingEachEdge(int seed)
    {
        var graph = RandomGraphs.Sparse(seed, nodes: 60, edges: 70);
        var baseline = ConnectedComponents.Compute(graph).Count;
        var expected = graph.Edges
            .Where(edge => ConnectedComponents.Compute(UndirectedGraph.Create(graph.NodeIds, graph.Edges.Where(e => e != edge))).Count > baseline)
            .Select(edge => new Bridge(graph.NodeIds[edge.U], graph.NodeIds[edge.V]));

        Assert.Equal(expected, Bridges.Find(graph));
    }

    private static (string, string) Unordered(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    /// <summary>One linear-time DFS (milliseconds at 20,000 organizations): only the already-cancelled case is worth a test.</summary>
    [Fact]
    public void Find_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => Bridges.Find(CanonicalGraphs.Path(5), token), Cancellation.Already);
}
