using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Agenda;

/// <summary>
/// The memo shared by the collective impact analyses: a part is computed once, a failed one is not kept, and an
/// analysis gives the same result with a memo (cold or filled by another analysis) as without one. The expected
/// results are the analyses' own without a memo, which their tests check by hand and against NetworkX.
/// </summary>
public sealed class AnalysisMemoTests
{
    [Fact]
    public void GetOrAdd_SameKeyTwice_ComputesOnce()
    {
        var memo = new AnalysisMemo();
        var calls = 0;

        var first = memo.GetOrAdd("part", () => new object[] { ++calls }, CancellationToken.None);
        var second = memo.GetOrAdd("part", () => new object[] { ++calls }, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(1, calls);
        Assert.True(memo.Holds("part"));
    }

    [Fact]
    public void GetOrAdd_ComputationThrows_IsNotKept()
    {
        var memo = new AnalysisMemo();

        Assert.Throws<OperationCanceledException>(() => memo.GetOrAdd<object>("part", () => throw new OperationCanceledException(), CancellationToken.None));
        var value = memo.GetOrAdd("part", () => "computed again", CancellationToken.None);

        Assert.Equal("computed again", value);
    }

    [Fact]
    public void GetOrAdd_ManyThreadsAtOnce_ComputeOnce()
    {
        var memo = new AnalysisMemo();
        var calls = 0;

        var values = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => memo.GetOrAdd("part", () =>
            {
                Interlocked.Increment(ref calls);
                Thread.Sleep(20);
                return new object();
            }, CancellationToken.None))
            .ToList();

        Assert.Equal(1, calls);
        Assert.All(values, v => Assert.Same(values[0], v));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Analyses_WithAMemoFilledByOthers_GiveTheSameResults(int seed)
    {
        var network = RandomInitiative.Generate(seed).Network;
        var organizations = NetworkProjector.Project(network, ProjectionKind.Organizations);
        var options = new BrokerageOptions(Top: 5, Seed: 42);
        var memo = new AnalysisMemo();

        var reinforcement = ReinforcementCheck.Run(network, organizations, memo, CancellationToken.None);
        var brokerage = BrokerageRecommender.Run(network, organizations, options, memo, CancellationToken.None);
        var whatIf = WhatIf.Run(network, organizations, brokerage.Recommendations, 1, memo, CancellationToken.None);
        var whatIfAgain = WhatIf.Run(network, organizations, brokerage.Recommendations, 1, memo, CancellationToken.None);

        var expectedReinforcement = ReinforcementCheck.Run(network, organizations);
        var expectedBrokerage = BrokerageRecommender.Run(network, organizations, options);
        var expectedWhatIf = WhatIf.Run(network, organizations, expectedBrokerage.Recommendations, 1);
        Assert.Equal((expectedReinforcement.PairCount, expectedReinforcement.ReinforcedCount, expectedReinforcement.Index), (reinforcement.PairCount, reinforcement.ReinforcedCount, reinforcement.Index));
        Assert.Equal(expectedBrokerage.Recommendations.Select(Summary), brokerage.Recommendations.Select(Summary));
        Assert.Equal((expectedWhatIf.Components, expectedWhatIf.AverageShortestPath, expectedWhatIf.ReinforcementIndex), (whatIf.Components, whatIf.AverageShortestPath, whatIf.ReinforcementIndex));
        Assert.Equal((whatIf.Components, whatIf.AverageShortestPath, whatIf.ReinforcementIndex), (whatIfAgain.Components, whatIfAgain.AverageShortestPath, whatIfAgain.ReinforcementIndex));
        Assert.True(memo.Holds("agenda") && memo.Holds("reinforcement.initiative") && memo.Holds("organizations.shape"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Brokerage_NarrowerAfterWiderOnTheSameMemo_IsTheWiderRankingsPrefixNotSearchedAgain(int seed)
    {
        var network = RandomInitiative.Generate(seed).Network;
        var organizations = NetworkProjector.Project(network, ProjectionKind.Organizations);
        var memo = new AnalysisMemo();

        var wide = BrokerageRecommender.Run(network, organizations, new BrokerageOptions(Top: 12, Seed: 42), memo, CancellationToken.None);
        var narrow = BrokerageRecommender.Run(network, organizations, new BrokerageOptions(Top: 5, Seed: 42), memo, CancellationToken.None);
        var otherSeed = BrokerageRecommender.Run(network, organizations, new BrokerageOptions(Top: 5, Seed: 7), memo, CancellationToken.None);
        var wider = BrokerageRecommender.Run(network, organizations, new BrokerageOptions(Top: 30, Seed: 42), memo, CancellationToken.None);

        var expected = BrokerageRecommender.Run(network, organizations, new BrokerageOptions(Top: 5, Seed: 42));
        Assert.NotEmpty(expected.Recommendations);
        Assert.Equal(expected.Recommendations.Select(Summary), narrow.Recommendations.Select(Summary));
        Assert.Equal(5, narrow.Options.Top);
        // The same record objects: read off the wider ranking, not searched again.
        Assert.Same(wide.Recommendations[0], narrow.Recommendations[0]);
        Assert.Equal(
            BrokerageRecommender.Run(network, organizations, new BrokerageOptions(Top: 5, Seed: 7)).Recommendations.Select(Summary),
            otherSeed.Recommendations.Select(Summary));
        Assert.Equal(
            BrokerageRecommender.Run(network, organizations, new BrokerageOptions(Top: 30, Seed: 42)).Recommendations.Select(Summary),
            wider.Recommendations.Select(Summary));
    }

    // A recommendation's lists compare by reference, so it is compared by what it says.
    private static string Summary(BrokerageRecommendation r) =>
        $"{r.OrganizationA} {r.OrganizationB} {r.Score:R} {r.Rank} {r.Distance} {r.CommunityA} {r.CommunityB} {r.Message}";

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void WhatIf_Introductions_EqualsTheIndexRecomputedFromScratch(int seed)
    {
        // The "after" reinforcement index against a check run on a network where the introduced pairs are real ties.
        var initiative = RandomInitiative.Generate(seed);
        var network = initiative.Network;
        var organizations = NetworkProjector.Project(network, ProjectionKind.Organizations);
        var introductions = BrokerageRecommender.Run(network, organizations, new BrokerageOptions(Top: 3, Seed: 42)).Recommendations;

        var whatIf = WhatIf.Run(network, organizations, introductions, 1, new AnalysisMemo(), CancellationToken.None);

        var withTies = network with
        {
            Ties = [.. network.Ties, .. introductions.Select(r => new Store.Domain.Tie(r.OrganizationA, r.OrganizationB, Store.Domain.TieType.Collaborates))],
        };
        var recomputed = ReinforcementCheck.Run(withTies);
        Assert.Equal(recomputed.Index, whatIf.ReinforcementIndex.After);
    }
}
