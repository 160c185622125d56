using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Tests.Traversal;

/// <summary>
/// Expected neighbourhoods are read off small hand-built graphs (node index = id), as
/// <c>nx.ego_graph(G, center, radius=depth)</c> would give them.
/// </summary>
public sealed class NeighborhoodTests
{
    private static UndirectedGraph Graph(int nodes, params (int U, int V)[] edges) =>
        UndirectedGraph.Create(Enumerable.Range(0, nodes).Select(i => i.ToString()).ToArray(), edges.Select(e => new WeightedEdge(e.U, e.V, 1)));

    private static UndirectedGraph Cycle6() => Graph(6, (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (0, 5));

    private static UndirectedGraph Star6() => Graph(6, (0, 1), (0, 2), (0, 3), (0, 4), (0, 5));

    private static (int, int)[] EdgeEnds(UndirectedGraph graph, Neighborhood neighborhood) =>
        neighborhood.Edges.Select(k => (graph.Edges[k].U, graph.Edges[k].V)).ToArray();

    [Fact]
    public void Around_Cycle6DepthTwo_IsTheInducedFiveNodePath()
    {
        var graph = Cycle6();

        var neighborhood = Neighborhood.Around(graph, 0, 2);

        Assert.Equal([new(0, 0), new(1, 1), new(5, 1), new(2, 2), new(4, 2)], neighborhood.Nodes);
        Assert.Equal([(0, 1), (0, 5), (1, 2), (4, 5)], EdgeEnds(graph, neighborhood));
        Assert.False(neighborhood.Truncated);
    }

    [Fact]
    public void Around_DepthZero_IsTheCenterAlone()
    {
        var neighborhood = Neighborhood.Around(Star6(), 0, 0);

        Assert.Equal([new NodeDistance(0, 0)], neighborhood.Nodes);
        Assert.Empty(neighborhood.Edges);
        Assert.False(neighborhood.Truncated);
    }

    [Fact]
    public void Around_LeafOfStarDepthTwo_ReachesEveryNodeWithEveryEdge()
    {
        var graph = Star6();

        var neighborhood = Neighborhood.Around(graph, 3, 2);

        Assert.Equal([new(3, 0), new(0, 1), new(1, 2), new(2, 2), new(4, 2), new(5, 2)], neighborhood.Nodes);
        Assert.Equal([0, 1, 2, 3, 4], neighborhood.Edges);
    }

    [Fact]
    public void Around_CapBelowTheNeighborhood_KeepsTheNearestLowestIndexNodesAndSaysSo()
    {
        var graph = Cycle6();

        var neighborhood = Neighborhood.Around(graph, 0, 3, maxNodes: 4);

        Assert.Equal([new(0, 0), new(1, 1), new(5, 1), new(2, 2)], neighborhood.Nodes);
        Assert.Equal([(0, 1), (0, 5), (1, 2)], EdgeEnds(graph, neighborhood));
        Assert.True(neighborhood.Truncated);
    }

    [Fact]
    public void Around_CapEqualToTheNeighborhood_IsNotTruncated()
    {
        var neighborhood = Neighborhood.Around(Star6(), 0, 1, maxNodes: 6);

        Assert.Equal(6, neighborhood.Nodes.Count);
        Assert.False(neighborhood.Truncated);
    }

    [Fact]
    public void Around_NodeInAnotherComponent_IsNeverReached()
    {
        var graph = Graph(5, (0, 1), (1, 2), (3, 4));

        var neighborhood = Neighborhood.Around(graph, 4, Neighborhood.MaxDepth);

        Assert.Equal([new(4, 0), new(3, 1)], neighborhood.Nodes);
        Assert.Single(neighborhood.Edges);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Around_DepthOutOfRange_IsRejected(int depth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Neighborhood.Around(Star6(), 0, depth));
    }

    [Fact]
    public void Around_BadCenterOrCap_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Neighborhood.Around(Star6(), 6, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Neighborhood.Around(Star6(), 0, 1, maxNodes: 0));
    }
}
