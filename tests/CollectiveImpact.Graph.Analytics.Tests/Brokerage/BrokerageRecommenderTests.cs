using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Brokerage;

/// <summary>
/// A hand-built network with exactly two candidate pairs (worked out in the comments), the score's formula
/// checked by hand, and the spec's ranking guarantee checked on many seeded random networks against an
/// independent brute force (<see cref="RandomInitiative"/>).
/// </summary>
public sealed class BrokerageRecommenderTests
{
    private const int SeedCount = 60;

    // Strong: o-elders and o-health both move i1 and i2 for fn-families; their path is
    //   o-elders – o-residents – o-hub – o-mid – o-health (four steps; the middle three have no goal).
    // Weak: o-w1 and o-w2 share only g2 (committed), two steps apart through the backbone, which is tied to both.
    private static Network Planted() => new NetworkBuilder()
        .Backbone("o-bb")
        .Goal("g1", "Children ready for school").Goal("g2", "Into work")
        .Indicator("i1", "g1", "Child health checks").Indicator("i2", "g1", "Kindy enrolment")
        .Organization("o-elders", name: "First Nations Elders", communityLed: true)
        .Organization("o-health", name: "Child and Family Health")
        .Organizations("o-residents", "o-hub", "o-mid")
        .Organization("o-w1", ["g2"]).Organization("o-w2", ["g2"])
        .Activity("a-yarn", "o-elders", ["i1", "i2"], populations: ["fn-families"], places: ["millbrook"])
        .Activity("a-checks", "o-health", ["i1", "i2"], populations: ["fn-families", "children-0-5"], places: ["eastbank"])
        .Path("o-elders", "o-residents", "o-hub", "o-mid", "o-health")
        .Tie("o-bb", "o-w1").Tie("o-bb", "o-w2")
        .Build();

    [Fact]
    public void Run_PlantedNetwork_FindsExactlyTheTwoCandidatesStrongFirst()
    {
        var report = BrokerageRecommender.Run(Planted());

        Assert.Equal([("o-elders", "o-health", 1), ("o-w1", "o-w2", 2)],
            report.Recommendations.Select(r => (r.OrganizationA, r.OrganizationB, r.Rank)));
    }

    [Fact]
    public void Run_StrongPair_ReportsWhatItSharesItsDistanceAndScore()
    {
        var strong = BrokerageRecommender.Run(Planted()).Recommendations[0];

        Assert.Equal(["g1"], strong.SharedGoals);
        Assert.Equal(["i1", "i2"], strong.SharedIndicators);
        Assert.Equal(["fn-families"], strong.SharedPopulations);
        Assert.Empty(strong.SharedPlaces);
        Assert.Equal(4, strong.Distance);
        Assert.False(strong.BackboneTiedToBoth);
        Assert.Equal(BrokerageRecommender.Score(1, 2, 1, 0, 4, strong.DifferentCommunities), strong.Score);
        Assert.StartsWith(
            "Introduce 'First Nations Elders' to 'Child and Family Health': both work on 'Child health checks' and 'Kindy enrolment' with fn-families, but they are four steps apart, organization to organization",
            strong.Message);
    }

    [Fact]
    public void Run_WeakPair_BackboneTiedToBothCanIntroduce()
    {
        var weak = BrokerageRecommender.Run(Planted()).Recommendations[1];

        Assert.Equal(2, weak.Distance);
        Assert.True(weak.BackboneTiedToBoth);
        Assert.Equal(["g2"], weak.SharedGoals);
        Assert.Equal(
            "Introduce 'o-w1' to 'o-w2': both work on the goal 'Into work', but they are two steps apart, organization to organization. 'o-bb' works with both and can make the introduction.",
            weak.Message);
    }

    [Fact]
    public void Run_NoPath_IsFarthestAndSaysSo()
    {
        var network = new NetworkBuilder()
            .Goal("g").Organization("o-a", ["g"]).Organization("o-b", ["g"]).Build();

        var only = Assert.Single(BrokerageRecommender.Run(network).Recommendations);

        Assert.Null(only.Distance);
        Assert.True(only.DifferentCommunities);
        Assert.Equal(1 * 4 * 1.25, only.Score);
        Assert.EndsWith("but no chain of partners connects them.", only.Message);
    }

    [Fact]
    public void Run_Top_CapsTheList()
    {
        var report = BrokerageRecommender.Run(Planted(), new BrokerageOptions(Top: 1));

        Assert.Equal("o-elders", Assert.Single(report.Recommendations).OrganizationA);
    }

    [Fact]
    public void Run_NegativeTop_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BrokerageRecommender.Run(Planted(), new BrokerageOptions(Top: -1)));
    }

    [Theory]
    [InlineData(1, 0, 0, 0, 2, false, 1.0)]
    [InlineData(1, 0, 0, 0, 3, false, 2.0)]
    [InlineData(1, 0, 0, 0, 4, false, 3.0)]
    [InlineData(1, 0, 0, 0, 9, true, 3.75)]
    [InlineData(1, 0, 0, 0, null, true, 5.0)]
    [InlineData(3, 3, 1, 3, 2, false, 2 + 4 + 1 + 1)]
    [InlineData(3, 3, 1, 3, null, true, (2 + 4 + 1 + 1) * 5.0)]
    public void Score_HandWorkedValues(int goals, int indicators, int populations, int places, int? distance, bool different, double expected)
    {
        Assert.Equal(expected, BrokerageRecommender.Score(goals, indicators, populations, places, distance, different), 12);
    }

    [Fact]
    public void Score_RisesWithEverythingShared()
    {
        var baseline = BrokerageRecommender.Score(1, 1, 1, 1, 3, false);

        Assert.True(BrokerageRecommender.Score(2, 1, 1, 1, 3, false) > baseline);
        Assert.True(BrokerageRecommender.Score(1, 2, 1, 1, 3, false) > baseline);
        Assert.True(BrokerageRecommender.Score(1, 1, 2, 1, 3, false) > baseline);
        Assert.True(BrokerageRecommender.Score(1, 1, 1, 2, 3, false) > baseline);
        Assert.True(BrokerageRecommender.Score(1, 1, 1, 1, 4, false) > baseline);
        Assert.True(BrokerageRecommender.Score(1, 1, 1, 1, null, false) > BrokerageRecommender.Score(1, 1, 1, 1, 7, false));
        Assert.True(BrokerageRecommender.Score(1, 1, 1, 1, 3, true) > baseline);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Run_RandomNetworks_StrongPairsOutrankEveryOnlyOneGoalPair(int seed)
    {
        var random = RandomInitiative.Generate(seed);

        var ranked = BrokerageRecommender.Run(random.Network, new BrokerageOptions(Top: int.MaxValue)).Recommendations;

        var rank = ranked.ToDictionary(r => (r.OrganizationA, r.OrganizationB), r => r.Rank);
        Assert.Equal(random.Candidates().Order(), rank.Keys.Order());
        var strong = random.StrongPairs().ToList();
        var weak = random.OnlyOneGoalPairs().ToList();
        foreach (var s in strong)
        {
            foreach (var w in weak)
            {
                Assert.True(rank[s] < rank[w], $"Seed {seed}: strong pair {s} (rank {rank[s]}) does not outrank {w} (rank {rank[w]}).");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Run_RandomNetworks_TopKIsThePrefixOfTheFullRanking(int seed)
    {
        var network = RandomInitiative.Generate(seed).Network;

        var all = BrokerageRecommender.Run(network, new BrokerageOptions(Top: int.MaxValue)).Recommendations;
        var top = BrokerageRecommender.Run(network, new BrokerageOptions(Top: 5)).Recommendations;

        Assert.Equal(all.Take(5).Select(Key), top.Select(Key));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Run_RandomNetworks_EveryScoreIsTheFormulaAtTheExactDistance(int seed)
    {
        // The search tells 2, 3 and 4+ steps apart from a two-step ball and the partner's neighbours; the reported
        // distance is an exact breadth-first search, so a misjudged pair would score with the wrong factor.
        var network = RandomInitiative.Generate(seed).Network;

        var all = BrokerageRecommender.Run(network, new BrokerageOptions(Top: int.MaxValue)).Recommendations;

        foreach (var r in all)
        {
            var expected = BrokerageRecommender.Score(
                r.SharedGoals.Count, r.SharedIndicators.Count, r.SharedPopulations.Count, r.SharedPlaces.Count, r.Distance, r.CommunityA != r.CommunityB);
            Assert.Equal(expected, r.Score);
        }
    }

    [Fact]
    public void Run_RandomNetworks_SomeHaveBothStrongAndOnlyOneGoalPairs()
    {
        // Guards the property test against vacuity: the generator must produce both kinds of pair often.
        var both = Enumerable.Range(1, SeedCount).Select(RandomInitiative.Generate)
            .Count(r => r.StrongPairs().Any() && r.OnlyOneGoalPairs().Any());

        Assert.True(both >= 15, $"Only {both} seeds had both kinds of pair.");
    }

    private static (string, string, double, int, int?) Key(BrokerageRecommendation r) =>
        (r.OrganizationA, r.OrganizationB, r.Score, r.Rank, r.Distance);

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        foreach (var seed in Enumerable.Range(1, SeedCount))
        {
            data.Add(seed);
        }

        return data;
    }
}
