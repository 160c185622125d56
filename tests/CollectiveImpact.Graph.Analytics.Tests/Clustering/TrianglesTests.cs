using System.Buffers;
using CollectiveImpact.Graph.Analytics.Clustering;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Clustering;

/// <summary>
/// The degree-ordered triangle listing against the definition it replaces, counted the slow way: for every node, every
/// ordered pair of its neighbours that are tied to each other (NetworkX's <c>_triangles_and_degree_iter</c>).
/// </summary>
public sealed class TrianglesTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Twice_RandomGraph_MatchesPairwiseDefinition(int seed)
    {
        var graph = Weighted(RandomGraphs.Sparse(seed, nodes: 60, edges: 60 + (seed * 40)), seed);

        AssertMatchesDefinition(graph);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Twice_HubsAndEqualDegrees_MatchesPairwiseDefinition(int seed)
    {
        // Two hubs tied to everyone (the backbone shape) over a sparse random graph, so many edges join a hub to a
        // node of lower degree and many join nodes of equal degree: both tie-breaks of the ordering are exercised.
        var random = new Random(seed);
        var sparse = RandomGraphs.Sparse(seed, nodes: 50, edges: 70);
        var edges = sparse.Edges.Select(e => (e.U, e.V)).ToHashSet();
        for (var v = 2; v < 50; v++)
        {
            edges.Add((0, v));
            if (random.Next(3) > 0)
            {
                edges.Add((1, v));
            }
        }

        edges.Add((0, 1));
        var graph = Weighted(
            UndirectedGraph.Create(CanonicalGraphs.Ids(50), edges.Select(e => new WeightedEdge(e.Item1, e.Item2, 1.0))),
            seed);

        AssertMatchesDefinition(graph);
    }

    [Fact]
    public void Twice_Clique_EveryNodeClosesAllItsPairs()
    {
        // K6: each node has 5 neighbours, all 10 pairs tied, so twice its triangles is 20.
        var ids = CanonicalGraphs.Ids(6);
        var edges = from u in Enumerable.Range(0, 6) from v in Enumerable.Range(u + 1, 5 - u) select new WeightedEdge(u, v, 1.0);
        var graph = UndirectedGraph.Create(ids, edges);

        Assert.All(Triangles.Twice(graph, weighted: false), t => Assert.Equal(20.0, t));
        Assert.All(Triangles.Twice(graph, weighted: true), t => Assert.Equal(20.0, t, 12));
    }

    [Fact]
    public void Twice_NoEdges_IsZeroEverywhere()
    {
        var graph = UndirectedGraph.Create(CanonicalGraphs.Ids(3), Array.Empty<WeightedEdge>());

        Assert.Equal([0.0, 0.0, 0.0], Triangles.Twice(graph, weighted: true));
    }

    [Fact]
    public void Count_AfterALargerGraph_StillMatchesDefinition()
    {
        // The oriented adjacency and the marks come from the shared pool: a call right after one on a larger, denser
        // graph gets back its arrays, still holding that graph's rows, and the pool's byte arrays are anyone's: marks
        // left set by another user must not count. Every slot read must have been written anew.
        var large = RandomGraphs.Sparse(11, nodes: 400, edges: 4000);
        var small = RandomGraphs.Sparse(12, nodes: 90, edges: 500);
        var largeCounts = new int[large.NodeCount];
        var smallCounts = new int[small.NodeCount];

        var largeTotal = Triangles.Count(large, largeCounts);
        Soil(small.NodeCount);
        var smallTotal = Triangles.Count(small, smallCounts);
        var smallTotalAgain = Triangles.Count(small, perNode: null);

        Assert.Equal(Definition(large), largeCounts);
        Assert.Equal(Definition(small), smallCounts);
        Assert.Equal(largeCounts.Sum(), 3 * largeTotal);
        Assert.Equal(smallCounts.Sum(), 3 * smallTotal);
        Assert.Equal(smallTotal, smallTotalAgain);
        Assert.True(smallTotal > 0, "the graph should have triangles for the comparison to mean anything");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Count_TotalOnly_IsAThirdOfThePerNodeSum(int seed)
    {
        var graph = RandomGraphs.Sparse(seed, nodes: 80, edges: 150 + (seed * 50));
        var perNode = new int[graph.NodeCount];

        var withCounts = Triangles.Count(graph, perNode);
        var total = Triangles.Count(graph, perNode: null);

        Assert.Equal(withCounts, total);
        Assert.Equal(perNode.Sum(), 3 * total);
        Assert.True(total > 0, "the graph should have triangles for the comparison to mean anything");
    }

    /// <summary>Leaves arrays full of ones in the shared pool's buckets a graph of <paramref name="n"/> nodes rents marks from.</summary>
    private static void Soil(int n)
    {
        var marks = ArrayPool<byte>.Shared.Rent(n);
        Array.Fill(marks, (byte)1);
        ArrayPool<byte>.Shared.Return(marks);
    }

    /// <summary>Each node's triangles the slow way: pairs of its neighbours that are tied, each pair once.</summary>
    private static int[] Definition(UndirectedGraph graph)
    {
        var counts = new int[graph.NodeCount];
        for (var u = 0; u < graph.NodeCount; u++)
        {
            var neighbors = graph.Neighbors(u);
            for (var a = 0; a < neighbors.Length; a++)
            {
                for (var b = a + 1; b < neighbors.Length; b++)
                {
                    counts[u] += graph.WeightBetween(neighbors[a], neighbors[b]) > 0 ? 1 : 0;
                }
            }
        }

        return counts;
    }

    private static void AssertMatchesDefinition(UndirectedGraph graph)
    {
        var unweighted = Triangles.Twice(graph, weighted: false);
        var weighted = Triangles.Twice(graph, weighted: true);
        var maxWeight = graph.Edges.Max(e => e.Weight);
        Assert.True(unweighted.Sum() > 0, "the graph should have triangles for the comparison to mean anything");
        for (var u = 0; u < graph.NodeCount; u++)
        {
            var (count, sum) = (0.0, 0.0);
            foreach (var v in graph.Neighbors(u))
            {
                foreach (var w in graph.Neighbors(u))
                {
                    var vw = graph.WeightBetween(v, w);
                    if (v != w && vw > 0)
                    {
                        count++;
                        sum += Math.Cbrt(graph.WeightBetween(u, v) / maxWeight * (graph.WeightBetween(u, w) / maxWeight) * (vw / maxWeight));
                    }
                }
            }

            Assert.Equal(count, unweighted[u]);
            Assert.Equal(sum, weighted[u], 1e-9);
        }
    }

    private static UndirectedGraph Weighted(UndirectedGraph graph, int seed)
    {
        var random = new Random(seed);
        return UndirectedGraph.Create(
            graph.NodeIds,
            graph.Edges.Select(e => new WeightedEdge(e.U, e.V, 1 + random.Next(5))));
    }
}
