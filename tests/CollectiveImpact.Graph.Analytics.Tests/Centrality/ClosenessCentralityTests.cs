using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// Fixture theories compare with NetworkX 3.6 (Fixtures/centrality.json: <c>nx.closeness_centrality</c> with
/// <c>wf_improved=True</c>, weighted or not). The Krackhardt kite values are those published in NetworkX's own test
/// suite (test_closeness_centrality.py, three decimals) for Krackhardt's graph (Krackhardt 1990, ASQ 35(2),
/// doi:10.2307/2393394); the other small cases are summed by hand from the Wasserman–Faust formula.
/// </summary>
public sealed class ClosenessCentralityTests
{
    public static TheoryData<string, bool, bool> Cases => NetworkXCentrality.Cases((true, false), (true, true));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_FixtureGraph_MatchesNetworkX(string graphName, bool normalized, bool weighted)
    {
        var graph = NetworkXCentrality.Graph(graphName);
        var expected = NetworkXCentrality.Expected(graphName, "Closeness", normalized, weighted, out _)!;

        var scores = ClosenessCentrality.Compute(graph, weighted);

        NetworkXCentrality.AssertMatches(expected, scores);
    }

    [Fact]
    public void Compute_KrackhardtKite_MatchesPublishedValues()
    {
        var graph = NetworkXCentrality.Graph("krackhardt_kite");
        double[] published = [0.529, 0.529, 0.500, 0.600, 0.500, 0.643, 0.643, 0.600, 0.429, 0.310];

        var scores = ClosenessCentrality.Compute(graph);

        for (var node = 0; node < published.Length; node++)
        {
            Assert.Equal(published[node], scores[node.ToString()], 3);
        }
    }

    [Fact]
    public void Compute_Star_HubIsOneStepFromEveryone()
    {
        var scores = ClosenessCentrality.Compute(SmallGraphs.Star(5));

        Assert.Equal(1.0, scores["hub"], 15);
        Assert.Equal(5.0 / 9.0, scores["leaf1"], 15); // 1 to the hub + 2 to each of 4 leaves
    }

    [Fact]
    public void Compute_P3_MatchesHandComputation()
    {
        var scores = ClosenessCentrality.Compute(SmallGraphs.Path(3));

        Assert.Equal([2.0 / 3.0, 1.0, 2.0 / 3.0], scores.Values);
    }

    [Fact]
    public void Compute_Disconnected_ScalesByTheShareReachable()
    {
        // P4 + K3 + isolate (n = 8). An end of P4 reaches 3 others at total distance 6: (3/6)(3/7).
        var graph = NetworkXCentrality.Graph("two_components_and_isolate");

        var scores = ClosenessCentrality.Compute(graph);

        Assert.Equal(3.0 / 6.0 * (3.0 / 7.0), scores["0"], 15);
        Assert.Equal(2.0 / 2.0 * (2.0 / 7.0), scores["4"], 15); // K3: 2 others at distance 1
        Assert.Equal(0.0, scores["100"]); // the isolate
    }

    [Fact]
    public void Compute_WeightedSmall_UsesWeightsAsDistances()
    {
        // Node 4 reaches 5 (1), 3 (4), 1 (5), 2 (6), 0 (8): 5 others of 7 at total distance 24.
        var graph = NetworkXCentrality.Graph("weighted_small");

        var scores = ClosenessCentrality.Compute(graph, weighted: true);

        Assert.Equal(5.0 / 24.0 * (5.0 / 7.0), scores["4"], 15);
    }

    [Fact]
    public void Compute_EdgeCases_ScoreZeroOrNothing()
    {
        Assert.Empty(ClosenessCentrality.Compute(SmallGraphs.Empty()).Values);
        Assert.Equal([0.0], ClosenessCentrality.Compute(SmallGraphs.SingleNode()).Values);
        Assert.Equal([0.0, 0.0, 0.0], ClosenessCentrality.Compute(SmallGraphs.Isolates()).Values);
    }

    [Theory]
    [InlineData(1, 200, 230)]
    [InlineData(2, 130, 400)]
    public void Compute_UnitWeights_BitParallelSweepsMatchOneSearchPerSource(int seed, int nodes, int edges)
    {
        // Unweighted runs 64 sources per bit-parallel sweep; weighted runs one Dijkstra per source. With every weight 1
        // both must give the same scores: 200 and 130 nodes take four and three sweeps, the last one partial, over
        // graphs with several components and isolates.
        var graph = RandomGraphs.Sparse(seed, nodes, edges);

        var bitParallel = ClosenessCentrality.Compute(graph);
        var perSource = ClosenessCentrality.Compute(graph, weighted: true);

        Assert.Equal(perSource.Values, bitParallel.Values); // integer distance sums: exactly equal
    }
}
