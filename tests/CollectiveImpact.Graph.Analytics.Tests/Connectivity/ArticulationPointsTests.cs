using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Connectivity;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.articulation_points</c> on every fixture graph (Fixtures/structure.json,
/// compared as sets); the canonical cases by inspection (the kite's Heather and Ike hold Jane to the rest; a path's
/// inner nodes; the barbell's path and the two clique nodes it attaches to).
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
}
