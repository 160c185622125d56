using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Tests.Traversal;

/// <summary>
/// The multi-source total against one breadth-first search per node: <see cref="DistanceMeasures"/>, whose average
/// path is checked against NetworkX's <c>average_shortest_path_length</c> in its own tests, on random sparse graphs
/// (several components, components larger than one 256-source batch) and the path P4, where
/// nx.average_shortest_path_length(nx.path_graph(4)) = 20 / 12.
/// </summary>
public sealed class ComponentDistanceTotalTests
{
    public static TheoryData<int, int, int> RandomGraphs => new()
    {
        { 1, 40, 60 },
        { 2, 300, 320 },
        { 3, 700, 1_400 },
        { 4, 1_000, 999 },
        { 5, 257, 600 },
    };

    [Fact]
    public void Shape_PathOfFour_IsTwentyOverTwelve()
    {
        var graph = UndirectedGraph.Create(["a", "b", "c", "d"], [new WeightedEdge(0, 1, 1), new WeightedEdge(1, 2, 1), new WeightedEdge(2, 3, 1)]);

        var shape = LargestComponentDistances.Compute(graph, workers: 1, CancellationToken.None).Shape;

        Assert.Equal(1, shape.Components);
        Assert.Equal(20.0 / 12, shape.AverageShortestPath);
    }

    [Theory]
    [MemberData(nameof(RandomGraphs))]
    public void Shape_RandomSparseGraph_TotalAndRowSumsEqualOneSearchPerNode(int seed, int nodes, int edges)
    {
        var graph = Fixtures.RandomGraphs.Sparse(seed, nodes, edges);
        var expected = DistanceMeasures.Compute(graph, maxDegreeOfParallelism: 1);

        var bySource = UnweightedDistanceSums.Compute(graph, sources: null, workers: 1, CancellationToken.None);

        var distances = LargestComponentDistances.Compute(graph, workers: 2, CancellationToken.None);

        Assert.Equal(ConnectedComponents.Compute(graph).Count, distances.Shape.Components);
        Assert.Equal(expected.AverageShortestPathLength, distances.Shape.AverageShortestPath);
        Assert.All(distances.Members, node => Assert.Equal(bySource.DistanceTotal[node], distances.RowSums[node]));
    }

    [Fact]
    public void Compute_Cancelled_Throws()
    {
        var graph = Fixtures.RandomGraphs.Sparse(9, 600, 1_200);
        var members = Enumerable.Range(0, graph.NodeCount).ToList();

        Assert.ThrowsAny<OperationCanceledException>(() => ComponentDistanceTotal.Compute(graph, members, 1, new CancellationToken(canceled: true)));
    }
}
