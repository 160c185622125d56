using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// Fixture theories compare with NetworkX 3.6 (Fixtures/centrality.json: <c>G.degree(weight="weight")</c>); the small
/// cases are summed by hand.
/// </summary>
public sealed class WeightedDegreeTests
{
    public static TheoryData<string, bool, bool> Cases => NetworkXCentrality.Cases((false, true));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_FixtureGraph_MatchesNetworkX(string graphName, bool normalized, bool weighted)
    {
        var graph = NetworkXCentrality.Graph(graphName);
        var expected = NetworkXCentrality.Expected(graphName, "WeightedDegree", normalized, weighted, out _)!;

        var scores = WeightedDegree.Compute(graph);

        NetworkXCentrality.AssertMatches(expected, scores);
    }

    [Fact]
    public void Compute_WeightedSmall_SumsIncidentWeights()
    {
        // Edges of weighted_small: 0-1 (3), 0-3 (5), 1-2 (1), 1-3 (1), 2-3 (2), 3-4 (4), 4-5 (1), 6-7 (2).
        var graph = NetworkXCentrality.Graph("weighted_small");

        var scores = WeightedDegree.Compute(graph);

        Assert.Equal([8.0, 5.0, 3.0, 12.0, 5.0, 1.0, 2.0, 2.0], scores.Values);
    }

    [Fact]
    public void Compute_UnweightedGraph_EqualsDegree()
    {
        var graph = SmallGraphs.Star(4);

        var scores = WeightedDegree.Compute(graph);

        Assert.Equal([4.0, 1.0, 1.0, 1.0, 1.0], scores.Values);
    }

    [Fact]
    public void Compute_IsolatesAndEmptyGraph_ScoreZeroOrNothing()
    {
        Assert.Equal([0.0, 0.0, 0.0], WeightedDegree.Compute(SmallGraphs.Isolates()).Values);
        Assert.Empty(WeightedDegree.Compute(SmallGraphs.Empty()).Values);
    }
}
