using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Agenda;

/// <summary>
/// The updated "after" shape against one breadth-first search per node of the graph with the edges added
/// (<see cref="DistanceMeasures"/>, checked against NetworkX in its own tests), on seeded random
/// sparse graphs: edges inside the largest component, edges hanging small components onto it (one each), two edges
/// into the same component (a cycle of joins: the fallback), and edges between small components only.
/// </summary>
public sealed class AddedEdgesShapeTests
{
    public static TheoryData<int, int, int, int> RandomCases => new()
    {
        { 1, 300, 330, 1 },
        { 2, 300, 330, 10 },
        { 3, 700, 900, 5 },
        { 4, 1_000, 1_100, 20 },
        { 5, 600, 2_000, 10 },
    };

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Compute_EdgesInsideLargest_EqualsFullSearch(int seed, int nodes, int edges, int added)
    {
        var graph = Fixtures.RandomGraphs.Sparse(seed, nodes, edges);
        var largest = Largest(graph);
        var random = new Random(seed);

        AssertSame(graph, NewEdges(graph, random, added, () => largest[random.Next(largest.Count)], () => largest[random.Next(largest.Count)]));
    }

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Compute_EdgesAnywhere_EqualsFullSearch(int seed, int nodes, int edges, int added)
    {
        var graph = Fixtures.RandomGraphs.Sparse(seed, nodes, edges);
        var random = new Random(seed + 100);

        AssertSame(graph, NewEdges(graph, random, added, () => random.Next(nodes), () => random.Next(nodes)));
    }

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Compute_SmallComponentsHungOnLargest_EqualsFullSearch(int seed, int nodes, int edges, int added)
    {
        var graph = Fixtures.RandomGraphs.Sparse(seed, nodes, edges);
        var components = ConnectedComponents.Compute(graph);
        var largest = Largest(graph);
        var random = new Random(seed + 200);
        var others = Enumerable.Range(0, components.Count).Where(c => c != components.Largest).ToList();
        var chosen = new List<WeightedEdge>();
        var inner = NewEdges(graph, random, added, () => largest[random.Next(largest.Count)], () => largest[random.Next(largest.Count)]);

        // One edge per small component keeps the joins a tree (the updated path); a second into the first makes a cycle.
        foreach (var component in others.Take(added))
        {
            var members = components.Members(component);
            chosen.Add(new WeightedEdge(largest[random.Next(largest.Count)], members[random.Next(members.Count)], 1.0));
        }

        AssertSame(graph, [.. inner, .. chosen]);
        if (others.Count > 0)
        {
            var first = components.Members(others[0]);
            AssertSame(graph, [.. chosen, new WeightedEdge(largest[0], first[^1], 1.0)]);
        }
    }

    [Fact]
    public void Compute_PathOfFourClosedIntoCycle_IsSixteenOverTwelve()
    {
        var graph = UndirectedGraph.Create(["a", "b", "c", "d"], [new WeightedEdge(0, 1, 1), new WeightedEdge(1, 2, 1), new WeightedEdge(2, 3, 1)]);
        var before = LargestComponentDistances.Compute(graph, 1, CancellationToken.None);

        var shape = AddedEdgesShape.Compute(graph, before, [new WeightedEdge(0, 3, 1)], 1, CancellationToken.None);

        // nx.average_shortest_path_length(nx.cycle_graph(4)) = 16 / 12; each node's row sum on P4 is 6, 4, 4, 6.
        Assert.Equal(16.0 / 12, shape.AverageShortestPath);
        Assert.Equal([6L, 4, 4, 6], before.RowSums);
    }

    private static void AssertSame(UndirectedGraph graph, IReadOnlyList<WeightedEdge> added)
    {
        var after = UndirectedGraph.Create(graph.NodeIds, graph.Edges.Concat(added));
        var expected = DistanceMeasures.Compute(after, maxDegreeOfParallelism: 1);
        var before = LargestComponentDistances.Compute(graph, 2, CancellationToken.None);

        var shape = AddedEdgesShape.Compute(graph, before, added, 2, CancellationToken.None);

        Assert.Equal(ConnectedComponents.Compute(after).Count, shape.Components);
        Assert.Equal(expected.AverageShortestPathLength, shape.AverageShortestPath);
    }

    private static List<int> Largest(UndirectedGraph graph)
    {
        var components = ConnectedComponents.Compute(graph);
        return [.. components.Members(components.Largest)];
    }

    private static List<WeightedEdge> NewEdges(UndirectedGraph graph, Random random, int count, Func<int> first, Func<int> second)
    {
        var chosen = new HashSet<(int, int)>();
        for (var attempt = 0; chosen.Count < count && attempt < 100 * count; attempt++)
        {
            var (u, v) = (first(), second());
            if (u != v && graph.WeightBetween(u, v) == 0)
            {
                chosen.Add((Math.Min(u, v), Math.Max(u, v)));
            }
        }

        return [.. chosen.Select(e => new WeightedEdge(e.Item1, e.Item2, 1.0))];
    }
}
