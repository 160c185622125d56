using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// Fixture theories compare with NetworkX 3.6 (Fixtures/centrality.json: <c>nx.harmonic_centrality</c>, weighted or
/// not); the small cases are summed by hand (Σ 1/d).
/// </summary>
public sealed class HarmonicCentralityTests
{
    public static TheoryData<string, bool, bool> Cases => NetworkXCentrality.Cases((false, false), (false, true));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_FixtureGraph_MatchesNetworkX(string graphName, bool normalized, bool weighted)
    {
        var graph = NetworkXCentrality.Graph(graphName);
        var expected = NetworkXCentrality.Expected(graphName, "Harmonic", normalized, weighted, out _)!;

        var scores = HarmonicCentrality.Compute(graph, weighted);

        NetworkXCentrality.AssertMatches(expected, scores);
    }

    [Fact]
    public void Compute_K5_EveryoneIsOneStepFromFourOthers()
    {
        var scores = HarmonicCentrality.Compute(SmallGraphs.Complete(5));

        Assert.All(scores.Values, s => Assert.Equal(4.0, s));
    }

    [Fact]
    public void Compute_P3_MatchesHandComputation()
    {
        var scores = HarmonicCentrality.Compute(SmallGraphs.Path(3));

        Assert.Equal([1.5, 2.0, 1.5], scores.Values);
    }

    [Fact]
    public void Compute_Disconnected_UnreachableNodesAddNothing()
    {
        // P4 + K3 + isolate: an end of P4 sees 1 + 1/2 + 1/3; a K3 node 1 + 1.
        var graph = NetworkXCentrality.Graph("two_components_and_isolate");

        var scores = HarmonicCentrality.Compute(graph);

        Assert.Equal(1.0 + 0.5 + 1.0 / 3.0, scores["0"], 15);
        Assert.Equal(2.0, scores["4"], 15);
        Assert.Equal(0.0, scores["100"]);
    }

    [Fact]
    public void Compute_WeightedSmall_UsesWeightsAsDistances()
    {
        // Node 4 reaches 5 (1), 3 (4), 1 (5), 2 (6), 0 (8).
        var graph = NetworkXCentrality.Graph("weighted_small");

        var scores = HarmonicCentrality.Compute(graph, weighted: true);

        Assert.Equal(1.0 + 1.0 / 4 + 1.0 / 5 + 1.0 / 6 + 1.0 / 8, scores["4"], 15);
    }

    [Fact]
    public void Compute_EdgeCases_ScoreZeroOrNothing()
    {
        Assert.Empty(HarmonicCentrality.Compute(SmallGraphs.Empty()).Values);
        Assert.Equal([0.0], HarmonicCentrality.Compute(SmallGraphs.SingleNode()).Values);
        Assert.Equal([0.0, 0.0, 0.0], HarmonicCentrality.Compute(SmallGraphs.Isolates()).Values);
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

        var bitParallel = HarmonicCentrality.Compute(graph);
        var perSource = HarmonicCentrality.Compute(graph, weighted: true);

        for (var v = 0; v < graph.NodeCount; v++)
        {
            Assert.Equal(perSource.Values[v], bitParallel.Values[v], 1e-12 * Math.Max(1.0, perSource.Values[v])); // the same terms, summed in another order
        }
    }
}
