using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// Fixture theories compare with NetworkX 3.6 (Fixtures/centrality.json: <c>nx.pagerank</c>, alpha 0.85, weighted or
/// not; the file says which NetworkX implementation ran). Small cases are solved by hand from the stationary
/// equations: for P3, x_end = 0.05 + 0.425 x_mid and x_mid = 0.05 + 1.7 x_end, so x_mid = 0.135 / 0.2775.
/// </summary>
public sealed class PageRankTests
{
    public static TheoryData<string, bool, bool> Cases => NetworkXCentrality.Cases((true, false), (true, true));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_FixtureGraph_MatchesNetworkX(string graphName, bool normalized, bool weighted)
    {
        var graph = NetworkXCentrality.Graph(graphName);
        var expected = NetworkXCentrality.Expected(graphName, "PageRank", normalized, weighted, out _)!;

        var scores = PageRank.Compute(graph, weighted);

        NetworkXCentrality.AssertMatches(expected, scores);
    }

    [Fact]
    public void Compute_K5_IsUniform()
    {
        var scores = PageRank.Compute(SmallGraphs.Complete(5));

        Assert.All(scores.Values, s => Assert.Equal(0.2, s, 12));
    }

    [Fact]
    public void Compute_P3_MatchesTheStationaryDistribution()
    {
        var scores = PageRank.Compute(SmallGraphs.Path(3));

        var middle = 0.135 / 0.2775;
        Assert.Equal(middle, scores["p1"], 5);
        Assert.Equal((1 - middle) / 2, scores["p0"], 5);
    }

    [Fact]
    public void Compute_WithIsolates_DanglingMassIsSpreadAndScoresSumToOne()
    {
        var graph = NetworkXCentrality.Graph("two_components_and_isolate");

        var scores = PageRank.Compute(graph);

        Assert.Equal(1.0, scores.Values.Sum(), 6);
        Assert.True(scores["100"] > 0);
    }

    [Fact]
    public void Compute_Weighted_FollowsHeavierTies()
    {
        // b's walker goes to a with probability 9/10.
        var graph = UndirectedGraph.Create(["a", "b", "c"], [("a", "b", 9.0), ("b", "c", 1.0)]);

        var weighted = PageRank.Compute(graph);
        var unweighted = PageRank.Compute(graph, weighted: false);

        Assert.True(weighted["a"] > weighted["c"]);
        Assert.Equal(unweighted["a"], unweighted["c"], 15);
    }

    [Fact]
    public void Compute_EdgeCases_UniformOrNothing()
    {
        Assert.Empty(PageRank.Compute(SmallGraphs.Empty()).Values);
        Assert.Equal([1.0], PageRank.Compute(SmallGraphs.SingleNode()).Values);
        Assert.All(PageRank.Compute(SmallGraphs.Isolates()).Values, s => Assert.Equal(1.0 / 3.0, s, 15));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Compute_AlphaOutOfRange_IsRejected(double alpha)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PageRank.Compute(SmallGraphs.Path(3), alpha: alpha));

        Assert.Equal("alpha", error.ParamName);
    }
}
