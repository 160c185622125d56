using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Connectivity;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.articulation_points</c> on every fixture graph (Fixtures/structure.json,
/// compared as sets); the canonical cases by inspection (the kite's Heather and Ike hold Jane to the rest; a path's
/// inner nodes; the barbell's path and the two clique nodes it attaches to); on seeded random graphs, the definition
/// itself (removing the node adds a component).
/// </summary>
public sealed class ArticulationPointsTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Find_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);
        var expected = StructureReference.For(name).GetProperty("articulation_points").EnumerateArray().Select(p => p.GetString()!);

        var points = ArticulationPoints.Find(fixture.Graph);

        Assert.Equal(expected.ToHashSet(), points.ToHashSet());
        Assert.Equal(points.Count, points.Distinct().Count());
    }

    [Fact]
    public void Find_KrackhardtKite_IsHeatherAndIke()
    {
        var points = ArticulationPoints.Find(FixtureGraph.Load("krackhardt_kite").Graph);

        Assert.Equal(["7", "8"], points);
    }

    [Fact]
    public void Find_Path_IsEveryInnerNode()
    {
        Assert.Equal(["1", "2", "3"], ArticulationPoints.Find(CanonicalGraphs.Path(5)));
    }

    [Fact]
    public void Find_Barbell_IsThePathAndItsEnds()
    {
        Assert.Equal(["4", "5", "6", "7"], ArticulationPoints.Find(FixtureGraph.Load("barbell_5_2").Graph));
    }

    [Fact]
    public void Find_CycleCompleteEmptyAndSingleNode_HaveNone()
    {
        Assert.Empty(ArticulationPoints.Find(FixtureGraph.Load("cycle_6").Graph));
        Assert.Empty(ArticulationPoints.Find(CanonicalGraphs.Complete(5)));
        Assert.Empty(ArticulationPoints.Find(CanonicalGraphs.Empty()));
        Assert.Empty(ArticulationPoints.Find(CanonicalGraphs.Path(1)));
    }

    [Fact]
    public void Find_StarHubAsDfsRoot_IsFound()
    {
        // Node 0 is the DFS root here: a root is a cut vertex exactly when it has two or more tree children.
        Assert.Equal(["0"], ArticulationPoints.Find(CanonicalGraphs.Unweighted(4, (0, 1), (0, 2), (0, 3))));
    }

    [Fact]
    public void Find_PathOf200kNodes_DoesNotOverflowTheStack()
    {
        const int nodes = 200_000;

        var points = ArticulationPoints.Find(CanonicalGraphs.Path(nodes));

        Assert.Equal(nodes - 2, points.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Find_RandomSparseGraph_AgreesWithRemovingEachNode(int seed)
    {
        var graph = RandomGraphs.Sparse(seed, nodes: 60, edges: 70);
        var baseline = ConnectedComponents.Compute(graph).Count;
        var expected = new List<string>();
        for (var u = 0; u < graph.NodeCount; u++)
        {
            var without = UndirectedGraph.Create(graph.NodeIds, graph.Edges.Where(e => e.U != u && e.V != u));
            // u stays as an isolate in "without", one component of its own.
            if (ConnectedComponents.Compute(without).Count - 1 > baseline)
            {
                expected.Add(graph.NodeIds[u]);
            }
        }

        Assert.Equal(expected, ArticulationPoints.Find(graph));
    }

    /// <summary>One linear-time DFS (milliseconds at 20,000 organizations): only the already-cancelled case is worth a test.</summary>
    [Fact]
    public void Find_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => ArticulationPoints.Find(CanonicalGraphs.Path(5), token), Cancellation.Already);
}
