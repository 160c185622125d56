using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Tests.Traversal;

/// <summary>
/// Expected paths are read off small hand-built graphs (node index = id); on Zachary's karate club every path is
/// checked against the breadth-first distances of <see cref="Neighborhood"/>.
/// </summary>
public sealed class ShortestPathTests
{
    private static UndirectedGraph Graph(int nodes, params (int U, int V)[] edges) =>
        UndirectedGraph.Create(Enumerable.Range(0, nodes).Select(i => i.ToString()).ToArray(), edges.Select(e => new WeightedEdge(e.U, e.V, 1)));

    [Fact]
    public void Find_Cycle6OppositeNodes_TakesTheLowestIndexWay()
    {
        var graph = Graph(6, (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (0, 5));

        Assert.Equal([0, 1, 2, 3], ShortestPath.Find(graph, 0, 3)!.Nodes);
        Assert.Equal([3, 2, 1, 0], ShortestPath.Find(graph, 3, 0)!.Nodes);
        Assert.Equal([4, 3, 2], ShortestPath.Find(graph, 4, 2)!.Nodes);
    }

    [Fact]
    public void Find_SquareWithTwoEqualWays_ChoosesLowestIndexAtEachStep()
    {
        // 0–3–4 and 0–2–4 (and 0–1 a dead end): the path goes through 2, the lowest neighbour on a shortest path.
        var graph = Graph(5, (0, 1), (0, 2), (0, 3), (2, 4), (3, 4));

        var path = ShortestPath.Find(graph, 0, 4);

        Assert.NotNull(path);
        Assert.Equal([0, 2, 4], path.Nodes);
        Assert.Equal(2, path.Hops);
        Assert.Equal((0, 4), (path.Source, path.Target));
    }

    [Fact]
    public void Find_SameNode_IsAPathOfNoHops()
    {
        var graph = Graph(3, (0, 1));

        var path = ShortestPath.Find(graph, 2, 2);

        Assert.Equal([2], path!.Nodes);
        Assert.Equal(0, path.Hops);
        Assert.Equal(0, ShortestPath.HopDistance(graph, 2, 2));
    }

    [Fact]
    public void Find_Disconnected_IsNull()
    {
        var graph = Graph(5, (0, 1), (1, 2), (3, 4));

        Assert.Null(ShortestPath.Find(graph, 0, 4));
        Assert.Null(ShortestPath.HopDistance(graph, 4, 0));
    }

    [Fact]
    public void Find_NodeOutOfRange_IsRejected()
    {
        var graph = Graph(2, (0, 1));

        Assert.Throws<ArgumentOutOfRangeException>(() => ShortestPath.Find(graph, 0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShortestPath.HopDistance(graph, -1, 0));
    }

    [Fact]
    public void Find_KarateClubEveryPair_IsAValidPathOfBreadthFirstLength()
    {
        var graph = FixtureGraph.Load("karate_club").Graph;

        for (var source = 0; source < graph.NodeCount; source++)
        {
            var distances = Neighborhood.Around(graph, source, Neighborhood.MaxDepth).Nodes.ToDictionary(n => n.Node, n => n.Distance);
            for (var target = 0; target < graph.NodeCount; target++)
            {
                var path = ShortestPath.Find(graph, source, target);

                Assert.NotNull(path);
                Assert.Equal(distances[target], path.Hops);
                Assert.Equal(path.Hops, ShortestPath.HopDistance(graph, source, target));
                Assert.Equal((source, target), (path.Source, path.Target));
                Assert.All(path.Nodes.Zip(path.Nodes.Skip(1)), step => Assert.True(graph.WeightBetween(step.First, step.Second) > 0));
            }
        }
    }
}
