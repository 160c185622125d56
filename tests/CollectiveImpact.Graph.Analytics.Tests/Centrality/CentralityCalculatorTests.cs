using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// The entry point dispatches to the measures with NetworkX's defaults: expected values are the measures' own results
/// (each checked against NetworkX in its own test class) and NetworkX 3.6's fixture scores for the defaults.
/// </summary>
public sealed class CentralityCalculatorTests
{
    public static TheoryData<CentralityMeasure> Measures => new(Enum.GetValues<CentralityMeasure>());

    [Theory]
    [MemberData(nameof(Measures))]
    public void Compute_DefaultOptions_MatchNetworkXDefaults(CentralityMeasure measure)
    {
        // nx.pagerank is weighted by default; every other NetworkX centrality is unweighted by default.
        var graph = NetworkXCentrality.Graph("ci_network_500");
        var (normalized, weighted) = measure switch
        {
            CentralityMeasure.WeightedDegree => (false, true),
            CentralityMeasure.Harmonic => (false, false),
            CentralityMeasure.PageRank => (true, true),
            _ => (true, false),
        };
        // Eigenvector: NetworkX's iteration run to the eigenvector, which the default budget reaches (NetworkXEigenvector).
        var expected = measure == CentralityMeasure.Eigenvector
            ? NetworkXEigenvector.Expected("ci_network_500", weighted, out _)!
            : NetworkXCentrality.Expected("ci_network_500", measure.ToString(), normalized, weighted, out _)!;

        var scores = CentralityCalculator.Compute(graph, measure, CentralityOptions.Default);

        NetworkXCentrality.AssertMatches(expected, scores);
    }

    [Fact]
    public void Compute_Options_ReachTheMeasure()
    {
        var graph = NetworkXCentrality.Graph("weighted_small");

        Assert.Equal(
            BetweennessCentrality.Compute(graph, normalized: false, weighted: true).Scores.Values,
            CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, new CentralityOptions { Normalized = false, Weighted = true }).Values);
        Assert.Equal(
            DegreeCentrality.Compute(graph, normalized: false).Values,
            CentralityCalculator.Compute(graph, CentralityMeasure.Degree, new CentralityOptions { Normalized = false }).Values);
        Assert.Equal(
            ClosenessCentrality.Compute(graph, weighted: true).Values,
            CentralityCalculator.Compute(graph, CentralityMeasure.Closeness, new CentralityOptions { Weighted = true }).Values);
        Assert.Equal(
            PageRank.Compute(graph, weighted: false).Values,
            CentralityCalculator.Compute(graph, CentralityMeasure.PageRank, new CentralityOptions { Weighted = false }).Values);
        Assert.Equal(
            BetweennessCentrality.Compute(graph, sampleSize: 4, seed: 9).Scores.Values,
            CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, new CentralityOptions { SampleSize = 4, Seed = 9 }).Values);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Compute_SampleSizeOutOfRange_IsRejected(int sampleSize)
    {
        var graph = NetworkXCentrality.Graph("weighted_small"); // 8 nodes

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CentralityCalculator.Compute(graph, CentralityMeasure.Betweenness, new CentralityOptions { SampleSize = sampleSize }));
    }

    [Theory]
    [InlineData(CentralityMeasure.Closeness)]
    [InlineData(CentralityMeasure.PageRank)]
    public void Compute_SampleSizeForAnotherMeasure_IsRejected(CentralityMeasure measure)
    {
        var graph = NetworkXCentrality.Graph("weighted_small");

        var error = Assert.Throws<ArgumentException>(() => CentralityCalculator.Compute(graph, measure, new CentralityOptions { SampleSize = 3 }));

        Assert.Contains("SampleSize", error.Message);
    }

    [Theory]
    [InlineData(CentralityMeasure.Eigenvector)]
    [InlineData(CentralityMeasure.PageRank)]
    public void Compute_MaxIterations_BoundsThePowerIteration(CentralityMeasure measure)
    {
        // One iteration cannot meet the tolerance on the 500-node fixture; a budget of 1,000 gives the default's
        // converged result (it converges well within 100).
        var graph = NetworkXCentrality.Graph("ci_network_500");

        Assert.Throws<PowerIterationFailedConvergenceException>(() =>
            CentralityCalculator.Compute(graph, measure, new CentralityOptions { MaxIterations = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CentralityCalculator.Compute(graph, measure, new CentralityOptions { MaxIterations = 0 }));
        Assert.Equal(
            CentralityCalculator.Compute(graph, measure, CentralityOptions.Default).Values,
            CentralityCalculator.Compute(graph, measure, new CentralityOptions { MaxIterations = 1000 }).Values);
    }

    [Fact]
    public void Compute_UnknownMeasure_IsRejected()
    {
        var graph = NetworkXCentrality.Graph("path_5");

        Assert.Throws<ArgumentOutOfRangeException>(() => CentralityCalculator.Compute(graph, (CentralityMeasure)99, CentralityOptions.Default));
    }
}
