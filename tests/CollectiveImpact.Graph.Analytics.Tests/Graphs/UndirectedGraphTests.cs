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

    [Theory]
    [InlineData(1, 200, 900)]
    [InlineData(2, 1_000, 3_000)]
    public void Create_ShuffledRandomEdges_EveryNeighbourListAscendingWithItsWeightsAndEdges(int seed, int nodes, int edges)
    {
        // The adjacency is laid out in edge order without a per-node sort: checked against the edge list itself.
        var random = new Random(seed);
        var shuffled = RandomGraphs.Sparse(seed, nodes, edges).Edges
            .Select(e => random.Next(2) == 0 ? e : new WeightedEdge(e.V, e.U, 1 + random.Next(5)))
            .OrderBy(_ => random.Next())
            .ToList();

        var graph = UndirectedGraph.Create(CanonicalGraphs.Ids(nodes), shuffled);

        for (var node = 0; node < nodes; node++)
        {
            var neighbors = graph.Neighbors(node).ToArray();
            Assert.Equal(neighbors.Order(), neighbors);
            for (var j = 0; j < neighbors.Length; j++)
            {
                var edge = graph.Edges[graph.NeighborEdges(node)[j]];
                Assert.Equal((Math.Min(node, neighbors[j]), Math.Max(node, neighbors[j])), (edge.U, edge.V));
                Assert.Equal(edge.Weight, graph.NeighborWeights(node)[j]);
            }
        }
    }

    [Fact]
    public void CreateSorted_SortedDistinctEdges_EqualsCreate()
    {
        var expected = RandomGraphs.Sparse(3, 300, 700);

        var graph = UndirectedGraph.CreateSorted([.. expected.NodeIds], [.. expected.Edges]);

        Assert.Equal(expected.Edges, graph.Edges);
        for (var node = 0; node < graph.NodeCount; node++)
        {
            Assert.Equal(expected.Neighbors(node).ToArray(), graph.Neighbors(node).ToArray());
        }
    }

    [Theory]
    [InlineData(1, 0, 0, 2)]
    [InlineData(0, 2, 0, 1)]
    [InlineData(0, 1, 0, 1)]
    [InlineData(0, 1, 1, 3)]
    public void CreateSorted_UnsortedReversedOrRepeated_IsRejected(int u1, int v1, int u2, int v2)
    {
        Assert.Throws<ArgumentException>(() => UndirectedGraph.CreateSorted(["a", "b", "c"], [new WeightedEdge(u1, v1, 1), new WeightedEdge(u2, v2, 1)]));
    }
}
