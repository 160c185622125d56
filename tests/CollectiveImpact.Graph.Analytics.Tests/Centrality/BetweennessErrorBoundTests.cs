using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// The sampled estimate's error bound ε = √(ln(2n/δ) / (2(k − 1))) (Hoeffding plus a union bound over the nodes; see
/// <see cref="BetweennessErrorBound"/>). Expected values are the formula worked by hand; the coverage check compares a
/// sampled estimate with the exact scores (themselves checked against NetworkX in <see cref="BetweennessCentralityTests"/>).
/// </summary>
public sealed class BetweennessErrorBoundTests
{
    [Fact]
    public void Hoeffding_ThousandNodesHundredSources_IsTheFormula()
    {
        // ln(2 · 1000 / 0.05) = ln 40000 = 10.5966; / (2 · 99) = 0.053518; √ = 0.231340.
        var epsilon = BetweennessErrorBound.Hoeffding(1000, 100);

        Assert.Equal(Math.Sqrt(Math.Log(40000.0) / 198.0), epsilon, 12);
        Assert.Equal(0.2313, epsilon, 4);
    }

    [Theory]
    [InlineData(500, 500, 0.0)]
    [InlineData(2, 1, 0.0)]
    [InlineData(500, 1, 1.0)]
    [InlineData(500, 3, 1.0)]
    public void Hoeffding_EdgeCases_AreExactOrUninformative(int nodes, int sample, double expected)
    {
        Assert.Equal(expected, BetweennessErrorBound.Hoeffding(nodes, sample));
    }

    [Fact]
    public void Hoeffding_MoreSources_TightensTheBound()
    {
        Assert.True(BetweennessErrorBound.Hoeffding(20000, 2000) < BetweennessErrorBound.Hoeffding(20000, 500));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(11, 10)]
    public void Hoeffding_SampleOutOfRange_Throws(int sample, int nodes)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BetweennessErrorBound.Hoeffding(nodes, sample));

        Assert.Equal("sampleSize", error.ParamName);
    }

    [Fact]
    public void Compute_Sampled_StatesTheBoundAndStaysWithinIt()
    {
        var graph = NetworkXCentrality.Graph("ci_network_500");
        var exact = BetweennessCentrality.Compute(graph);

        var sampled = BetweennessCentrality.Compute(graph, sampleSize: 150, seed: 3);

        Assert.Null(exact.ErrorBound);
        Assert.Equal(BetweennessErrorBound.Hoeffding(graph.NodeCount, 150), sampled.ErrorBound);
        var worst = exact.Scores.Values.Zip(sampled.Scores.Values).Max(p => Math.Abs(p.First - p.Second));
        Assert.True(worst <= sampled.ErrorBound, $"Largest error {worst} exceeds the stated bound {sampled.ErrorBound}.");
    }
}
