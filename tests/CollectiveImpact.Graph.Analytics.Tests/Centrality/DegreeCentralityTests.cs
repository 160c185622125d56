using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// Fixture theories compare with NetworkX 3.6 (Fixtures/centrality.json: <c>nx.degree_centrality</c> and
/// <c>G.degree()</c>). The Krackhardt kite values are those published in NetworkX's own test suite
/// (test_degree_centrality.py, three decimals) for Krackhardt's graph (Krackhardt 1990, ASQ 35(2),
/// doi:10.2307/2393394); the other small cases are counted by hand.
/// </summary>
public sealed class DegreeCentralityTests
{
    public static TheoryData<string, bool, bool> Cases => NetworkXCentrality.Cases((true, false), (false, false));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_FixtureGraph_MatchesNetworkX(string graphName, bool normalized, bool weighted)
    {
        var graph = NetworkXCentrality.Graph(graphName);
        var expected = NetworkXCentrality.Expected(graphName, "Degree", normalized, weighted, out _)!;

        var scores = DegreeCentrality.Compute(graph, normalized);

        NetworkXCentrality.AssertMatches(expected, scores);
    }

    [Fact]
    public void Compute_KrackhardtKite_MatchesPublishedValues()
    {
        var graph = NetworkXCentrality.Graph("krackhardt_kite");
        double[] published = [0.444, 0.444, 0.333, 0.667, 0.333, 0.556, 0.556, 0.333, 0.222, 0.111];

        var scores = DegreeCentrality.Compute(graph);

        for (var node = 0; node < published.Length; node++)
        {
            Assert.Equal(published[node], scores[node.ToString()], 3);
        }
    }

    [Fact]
    public void Compute_Star_HubIsTiedToEveryone()
    {
        var graph = SmallGraphs.Star(5);

        var normalized = DegreeCentrality.Compute(graph);
        var raw = DegreeCentrality.Compute(graph, normalized: false);

        Assert.Equal(1.0, normalized["hub"]);
        Assert.Equal(0.2, normalized["leaf1"], 15);
        Assert.Equal(5.0, raw["hub"]);
        Assert.Equal(1.0, raw["leaf1"]);
    }

    [Theory]
    [InlineData(1, 203, 900)]
    [InlineData(2, 17, 40)]
    [InlineData(3, 9, 12)]
    public void Compute_RandomGraph_IsEachDegreeOverNMinusOne(int seed, int nodes, int edges)
    {
        // Sizes that are not multiples of the eight-wide vector step, so the vector loop and the scalar tail both run;
        // expected is the definition computed one node at a time, to the last bit.
        var graph = RandomGraphs.Sparse(seed, nodes, edges);
        var scale = 1.0 / (nodes - 1);

        var normalized = DegreeCentrality.Compute(graph);
        var raw = DegreeCentrality.Compute(graph, normalized: false);

        for (var v = 0; v < nodes; v++)
        {
            Assert.Equal(graph.Degree(v) * scale, normalized.Values[v]);
            Assert.Equal(graph.Degree(v), raw.Values[v]);
        }
    }

    [Fact]
    public void Compute_SingleNode_ScoresOneAsNetworkXDefines()
    {
        var graph = SmallGraphs.SingleNode();

        Assert.Equal([1.0], DegreeCentrality.Compute(graph).Values);
        Assert.Equal([0.0], DegreeCentrality.Compute(graph, normalized: false).Values);
    }

    [Fact]
    public void Compute_EmptyGraph_ReturnsNoScores()
    {
        var graph = SmallGraphs.Empty();

        Assert.Empty(DegreeCentrality.Compute(graph).Values);
    }

    [Fact]
    public void Compute_WeightedGraph_IgnoresWeights()
    {
        var graph = UndirectedGraph.Create(["a", "b", "c"], [("a", "b", 5.0), ("b", "c", 0.5)]);

        var raw = DegreeCentrality.Compute(graph, normalized: false);

        Assert.Equal([1.0, 2.0, 1.0], raw.Values);
    }
}
