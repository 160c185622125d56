using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Equity;

/// <summary>
/// The lens's default betweenness: exact up to 5,000 organizations, sampled above with its sample size and Hoeffding
/// bound stated. The bound by hand: n / (n − 1) · √(ln(2 / 0.05) / (2k)); for n = 20,000 and k = 100,
/// 1.00005 · √(3.688879 / 200) = 0.135817. The estimate is NetworkX's k-source estimate (nx.betweenness_centrality(G,
/// k=100)), computed by <see cref="CentralityCalculator"/>, whose sampled path is checked in its own tests.
/// </summary>
public sealed class EquityLensDefaultBetweennessTests
{
    [Theory]
    [InlineData(4, null)]
    [InlineData(5_000, null)]
    [InlineData(5_001, 100)]
    [InlineData(20_000, 100)]
    public void SampledSources_BySize_ExactUpToFiveThousand(int nodes, int? expected)
    {
        Assert.Equal(expected, EquityLens.SampledSources(nodes, new EquityOptions()));
        Assert.Null(EquityLens.SampledSources(nodes, new EquityOptions(ExactBetweenness: true)));
    }

    [Fact]
    public void ErrorBound_TwentyThousandNodesHundredSamples_MatchesHoeffding()
    {
        Assert.Equal(0.135817, EquityLens.ErrorBound(20_000, 100), 6);
    }

    [Fact]
    public void Run_SmallProjection_BetweennessIsExactAndSaysSo()
    {
        var organizations = NetworkProjector.Project(RandomInitiative.Generate(3).Network, ProjectionKind.Organizations);

        var betweenness = EquityLens.Run(organizations, new EquityOptions([CentralityMeasure.Betweenness], StructuralHoles: false)).Measures[0];

        Assert.Null(betweenness.SampledSources);
        Assert.Null(betweenness.ErrorBound);
    }

    [Fact]
    public void Run_TwentyThousandOrganizations_EstimatesBetweennessFromAHundredSources()
    {
        var organizations = LargeNetwork.Organizations;
        var options = new EquityOptions([CentralityMeasure.Betweenness], StructuralHoles: false);

        var betweenness = EquityLens.Run(organizations, options, maxDegreeOfParallelism: 2).Measures[0];

        var estimate = CentralityCalculator.Compute(
            organizations.Graph, CentralityMeasure.Betweenness, CentralityOptions.Default with { SampleSize = 100, Seed = 0 });
        var communityLed = Enumerable.Range(0, organizations.Graph.NodeCount)
            .Where(o => organizations.CommunityLed[o]).Select(o => estimate.Values[o]).ToList();
        Assert.Equal(100, betweenness.SampledSources);
        Assert.Equal(EquityLens.ErrorBound(organizations.Graph.NodeCount, 100), betweenness.ErrorBound);
        Assert.Equal(GroupSummary.Of(communityLed), betweenness.CommunityLed);
    }
}
