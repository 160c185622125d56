using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Graphs;

/// <summary>Expected values are read off the small graphs by hand.</summary>
public sealed class UndirectedGraphTests
{
    [Fact]
    public void Create_TriangleWithTail_HasSortedSymmetricAdjacency()
    {
        var graph = UndirectedGraph.Create(["a", "b", "c", "d"], [("c", "a", 2.0), ("a", "b", 1.0), ("b", "c", 1.0), ("c", "d", 3.0)]);

        Assert.Equal(4, graph.EdgeCount);
        Assert.Equal([1, 2], graph.Neighbors(0).ToArray());
        Assert.Equal([0, 1, 3], graph.Neighbors(2).ToArray());
        Assert.Equal(2.0, graph.WeightBetween(0, 2));
        Assert.Equal(2.0, graph.WeightBetween(2, 0));
        Assert.Equal(0.0, graph.WeightBetween(0, 3));
        Assert.Equal(3, graph.Degree(2));
    }

    [Fact]
    public void Create_SelfLoop_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => UndirectedGraph.Create(["a"], [new WeightedEdge(0, 0, 1)]));
    }

    [Fact]
    public void Create_ParallelEdge_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => UndirectedGraph.Create(["a", "b"], [new WeightedEdge(0, 1, 1), new WeightedEdge(1, 0, 1)]));
    }

    [Fact]
    public void Create_NonPositiveWeight_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UndirectedGraph.Create(["a", "b"], [new WeightedEdge(0, 1, 0)]));
    }

    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Load_EveryFixtureGraph_KeepsEveryEdgeOnce(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var halfEdges = Enumerable.Range(0, fixture.Graph.NodeCount).Sum(fixture.Graph.Degree);

        Assert.Equal(2 * fixture.Graph.EdgeCount, halfEdges);
    }
}
