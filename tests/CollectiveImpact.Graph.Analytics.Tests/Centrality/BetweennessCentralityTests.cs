using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// Fixture theories compare with NetworkX 3.6 (Fixtures/centrality.json: <c>nx.betweenness_centrality</c>, normalized
/// or not, weighted or not). The Krackhardt kite values are those published in NetworkX's own test suite
/// (test_betweenness_centrality.py, three decimals) for Krackhardt's graph (Krackhardt 1990, ASQ 35(2),
/// doi:10.2307/2393394); path, star and complete-graph values are counted by hand. NetworkX's sampled estimate
/// cannot be reproduced (Python's RNG), so the sampled tests check its properties: k = n is exact, a seed reproduces
/// the estimate, and the estimate is close on the 2000-node fixture.
/// </summary>
public sealed class BetweennessCentralityTests
{
    public static TheoryData<string, bool, bool> Cases => NetworkXCentrality.Cases((true, false), (false, false), (true, true), (false, true));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_FixtureGraph_MatchesNetworkX(string graphName, bool normalized, bool weighted)
    {
        var graph = NetworkXCentrality.Graph(graphName);
        var expected = NetworkXCentrality.Expected(graphName, "Betweenness", normalized, weighted, out _)!;

        var result = BetweennessCentrality.Compute(graph, normalized, weighted);

        NetworkXCentrality.AssertMatches(expected, result.Scores);
    }

    [Fact]
    public void Compute_KrackhardtKite_MatchesPublishedValues()
    {
        var graph = NetworkXCentrality.Graph("krackhardt_kite");
        double[] published = [0.023, 0.023, 0.000, 0.102, 0.000, 0.231, 0.231, 0.389, 0.222, 0.000];

        var scores = BetweennessCentrality.Compute(graph).Scores;

        for (var node = 0; node < published.Length; node++)
        {
            Assert.Equal(published[node], scores[node.ToString()], 3);
        }
    }

    [Fact]
    public void Compute_KrackhardtKite_HeatherBrokersFourteenPairs()
    {
        // Heather (7) lies on every path from Ike and Jane to the seven others (2 × 7 pairs) — minus nothing.
        var graph = NetworkXCentrality.Graph("krackhardt_kite");

        var raw = BetweennessCentrality.Compute(graph, normalized: false).Scores;

        Assert.Equal(14.0, raw["7"], 12);
        Assert.Equal(8.0, raw["8"], 12); // Ike: between Jane and the other eight.
    }

    [Fact]
    public void Compute_P3_MiddleNodeLiesOnTheOnlyPair()
    {
        var graph = SmallGraphs.Path(3);

        var normalized = BetweennessCentrality.Compute(graph).Scores;
        var raw = BetweennessCentrality.Compute(graph, normalized: false).Scores;

        Assert.Equal([0.0, 1.0, 0.0], normalized.Values);
        Assert.Equal([0.0, 1.0, 0.0], raw.Values);
    }

    [Fact]
    public void Compute_Star_HubLiesOnEveryPairOfLeaves()
    {
        var graph = SmallGraphs.Star(5);

        var normalized = BetweennessCentrality.Compute(graph).Scores;
        var raw = BetweennessCentrality.Compute(graph, normalized: false).Scores;

        Assert.Equal(1.0, normalized["hub"], 15);
        Assert.Equal(10.0, raw["hub"], 15); // C(5, 2) pairs of leaves
        Assert.All(Enumerable.Range(1, 5), i => Assert.Equal(0.0, raw[$"leaf{i}"]));
    }

    [Fact]
    public void Compute_K5_NobodyIsBetween()
    {
        var scores = BetweennessCentrality.Compute(SmallGraphs.Complete(5)).Scores;

        Assert.All(scores.Values, s => Assert.Equal(0.0, s));
    }

    [Fact]
    public void Compute_C4_SplitsEachOppositePairBetweenTwoPaths()
    {
        // Square a-b-c-d-a: each opposite pair has two shortest paths, one through each other node: 1/2 each.
        var graph = UndirectedGraph.Create(["a", "b", "c", "d"], [("a", "b", 1.0), ("b", "c", 1.0), ("c", "d", 1.0), ("d", "a", 1.0)]);

        var raw = BetweennessCentrality.Compute(graph, normalized: false).Scores;

        Assert.All(raw.Values, s => Assert.Equal(0.5, s, 15));
    }

    [Fact]
    public void Compute_WeightedTriangle_LongEdgeIsBypassed()
    {
        // a-c costs 3, a-b-c costs 2: the only shortest a–c path runs through b.
        var graph = UndirectedGraph.Create(["a", "b", "c"], [("a", "b", 1.0), ("b", "c", 1.0), ("a", "c", 3.0)]);

        var weighted = BetweennessCentrality.Compute(graph, normalized: false, weighted: true).Scores;
        var unweighted = BetweennessCentrality.Compute(graph, normalized: false).Scores;

        Assert.Equal([0.0, 1.0, 0.0], weighted.Values);
        Assert.Equal([0.0, 0.0, 0.0], unweighted.Values);
    }

    [Fact]
    public void Compute_EdgeCases_ScoreZeroOrNothing()
    {
        Assert.Empty(BetweennessCentrality.Compute(SmallGraphs.Empty()).Scores.Values);
        Assert.Equal([0.0], BetweennessCentrality.Compute(SmallGraphs.SingleNode()).Scores.Values);
        Assert.Equal([0.0, 0.0, 0.0], BetweennessCentrality.Compute(SmallGraphs.Isolates()).Scores.Values);
        Assert.Equal([0.0, 0.0], BetweennessCentrality.Compute(SmallGraphs.Path(2)).Scores.Values);
    }

    [Fact]
    public void Compute_Exact_StatesNoSample()
    {
        var result = BetweennessCentrality.Compute(SmallGraphs.Path(4), normalized: false, weighted: true);

        Assert.False(result.Normalized);
        Assert.True(result.Weighted);
        Assert.Null(result.SampleSize);
        Assert.Null(result.Seed);
        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(6)]
    public void Compute_SampleSizeOutOfRange_IsRejected(int sampleSize)
    {
        var graph = SmallGraphs.Path(5);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BetweennessCentrality.Compute(graph, sampleSize: sampleSize));

        Assert.Equal("sampleSize", error.ParamName);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Compute_SampleOfEveryNode_EqualsExact(bool normalized, bool weighted)
    {
        var graph = NetworkXCentrality.Graph("ci_network_500");

        var exact = BetweennessCentrality.Compute(graph, normalized, weighted);
        var sampled = BetweennessCentrality.Compute(graph, normalized, weighted, sampleSize: graph.NodeCount, seed: 17);

        Assert.Equal(exact.Scores.Values, sampled.Scores.Values);
        Assert.Equal(graph.NodeCount, sampled.SampleSize);
        Assert.Equal(17, sampled.Seed);
        Assert.Equal(graph.NodeCount, sampled.Sources.Count);
    }

    [Fact]
    public void Compute_SameSeed_GivesTheSameEstimate()
    {
        var graph = NetworkXCentrality.Graph("ci_network_500");

        var first = BetweennessCentrality.Compute(graph, sampleSize: 50, seed: 3);
        var second = BetweennessCentrality.Compute(graph, sampleSize: 50, seed: 3);
        var otherSeed = BetweennessCentrality.Compute(graph, sampleSize: 50, seed: 4);

        Assert.Equal(first.Sources, second.Sources);
        Assert.Equal(first.Scores.Values, second.Scores.Values);
        Assert.Equal(50, first.Sources.Count);
        Assert.Equal(50, first.Sources.Distinct().Count());
        Assert.NotEqual(first.Sources, otherSeed.Sources);
    }

    [Fact]
    public void Compute_SingleSample_SourceScoreIsUndefinedAsInNetworkX()
    {
        var graph = SmallGraphs.Path(5);

        var result = BetweennessCentrality.Compute(graph, sampleSize: 1, seed: 0);

        var source = Assert.Single(result.Sources);
        Assert.True(double.IsNaN(result.Scores[source]));
        Assert.All(graph.NodeIds.Where(id => id != source), id => Assert.False(double.IsNaN(result.Scores[id])));
    }

    [Fact]
    public void Compute_SampleOfAQuarter_IsCloseToExactOnTheLargeFixture()
    {
        // Thresholds: with k = n/4 the per-node estimates are noisy (relative L1 error ≈ 0.24 over seeds 0..7), but
        // the backbone must stay on top, the total must be right (the estimator is unbiased) and most of the top 10
        // must be found.
        var graph = NetworkXCentrality.Graph("ci_network_2000");
        var exact = BetweennessCentrality.Compute(graph).Scores;

        var estimate = BetweennessCentrality.Compute(graph, sampleSize: 500, seed: 11).Scores;

        Assert.Equal(exact.Ranked(1)[0].Id, estimate.Ranked(1)[0].Id);
        Assert.InRange(estimate.Values.Sum() / exact.Values.Sum(), 0.95, 1.05);
        Assert.True(RelativeL1Error(exact.Values, estimate.Values) < 0.3);
        var topExact = exact.Ranked(10).Select(r => r.Id).ToHashSet();
        Assert.True(estimate.Ranked(10).Count(r => topExact.Contains(r.Id)) >= 5, "The estimate's top 10 should share at least 5 nodes with the exact top 10.");
    }

    [Fact]
    public void Compute_AveragedOverSeeds_ConvergesToExact()
    {
        // An unbiased estimator's error shrinks like 1/sqrt(runs) when independent estimates are averaged; a biased
        // scaling (e.g. treating sources like other nodes) would leave an error floor.
        var graph = NetworkXCentrality.Graph("ci_network_500");
        var exact = BetweennessCentrality.Compute(graph).Scores;
        var single = BetweennessCentrality.Compute(graph, sampleSize: 125, seed: 0).Scores;
        var mean = new double[graph.NodeCount];

        for (var seed = 0; seed < 8; seed++)
        {
            var estimate = BetweennessCentrality.Compute(graph, sampleSize: 125, seed: seed).Scores;
            for (var v = 0; v < mean.Length; v++)
            {
                mean[v] += estimate.Values[v] / 8;
            }
        }

        var singleError = RelativeL1Error(exact.Values, single.Values);
        var meanError = RelativeL1Error(exact.Values, mean);
        Assert.True(meanError < singleError / 2.0, $"Averaging 8 estimates should cut the error about 2.8-fold: {singleError:F3} -> {meanError:F3}.");
    }

    [Fact]
    public void Compute_RepeatedRuns_AreBitIdentical()
    {
        // Sources run in parallel; partial sums must still be added in a fixed order.
        var graph = NetworkXCentrality.Graph("ci_network_500");

        var first = BetweennessCentrality.Compute(graph, weighted: true).Scores;
        var second = BetweennessCentrality.Compute(graph, weighted: true).Scores;

        Assert.Equal(first.Values, second.Values);
    }

    private static double RelativeL1Error(IReadOnlyList<double> exact, IReadOnlyList<double> estimate) =>
        exact.Zip(estimate, (e, a) => Math.Abs(e - a)).Sum() / exact.Sum();
}
