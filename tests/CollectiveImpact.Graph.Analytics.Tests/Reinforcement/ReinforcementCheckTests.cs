using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Reinforcement;

/// <summary>
/// Hand-built networks; the pairs, indices and pipelines expected are enumerated by hand in the comments.
/// </summary>
public sealed class ReinforcementCheckTests
{
    // g1 (i1, i2): a1 (o1), a2 (o2), a3 (o3), a4 (o1). Pairs with different leads: a1–a2 (o1–o2 collaborate),
    // a1–a3 (nothing), a2–a3 (nothing), a2–a4 (o2–o1), a3–a4 (a3 feeds a4): 3 of 5 reinforced.
    // g2 (i3): a4 (o1), a5 (o4): a4–a5 unreinforced. g-empty (i4): no activity, no pair.
    private static Network Planted() => new NetworkBuilder()
        .Goal("g1", "Reading by Year 3").Goal("g2", "Finishing school").Goal("g-empty")
        .Indicator("i1", "g1").Indicator("i2", "g1").Indicator("i3", "g2").Indicator("i4", "g-empty")
        .Organizations("o1", "o2", "o3", "o4")
        .Activity("a1", "o1", ["i1"]).Activity("a2", "o2", ["i1"]).Activity("a3", "o3", ["i2"], name: "Reading buddies")
        .Activity("a4", "o1", ["i2", "i3"]).Activity("a5", "o4", ["i3"])
        .Tie("o1", "o2")
        .FeedsInto("a3", "a4")
        .Build();

    [Fact]
    public void Run_PlantedNetwork_CountsPairsAndIndexPerGoal()
    {
        var report = ReinforcementCheck.Run(Planted());

        var g1 = report.Goals[0];
        Assert.Equal(["a1", "a2", "a3", "a4"], g1.Activities);
        Assert.Equal((5, 3, 0.6), (g1.PairCount, g1.ReinforcedCount, g1.Index));
        Assert.Equal([("a1", "a3"), ("a2", "a3")], g1.UnreinforcedPairs.Select(p => (p.ActivityA, p.ActivityB)));
        var g2 = report.Goals[1];
        Assert.Equal((1, 0, 0.0), (g2.PairCount, g2.ReinforcedCount, g2.Index));
        Assert.Equal([("a4", "a5")], g2.UnreinforcedPairs.Select(p => (p.ActivityA, p.ActivityB)));
        var empty = report.Goals[2];
        Assert.Empty(empty.Activities);
        Assert.Null(empty.Index);
    }

    [Fact]
    public void Run_PlantedNetwork_InitiativeIndexIsOverDistinctPairs()
    {
        var report = ReinforcementCheck.Run(Planted());

        Assert.Equal((6, 3, 0.5), (report.PairCount, report.ReinforcedCount, report.Index));
    }

    [Fact]
    public void Run_PairSharingTwoGoals_CountsOnceForTheInitiative()
    {
        var network = new NetworkBuilder()
            .Goal("g1").Goal("g2").Indicator("i1", "g1").Indicator("i2", "g2")
            .Organizations("o1", "o2", "o3")
            .Activity("a1", "o1", ["i1", "i2"]).Activity("a2", "o2", ["i1", "i2"]).Activity("a3", "o3", ["i1"])
            .Tie("o1", "o3")
            .Build();

        var report = ReinforcementCheck.Run(network);

        // g1: a1–a2 no, a1–a3 yes, a2–a3 no; g2: a1–a2 no. Distinct: {a1a2, a1a3, a2a3}, one reinforced.
        Assert.Equal([3, 1], report.Goals.Select(g => g.PairCount));
        Assert.Equal((3, 1), (report.PairCount, report.ReinforcedCount));
        Assert.Equal(1.0 / 3, report.Index!.Value, 12);
    }

    [Fact]
    public void Run_NoPairsAnywhere_InitiativeIndexIsNull()
    {
        var network = new NetworkBuilder().Goal("g").Indicator("i", "g").Organization("o")
            .Activity("a1", "o", ["i"]).Activity("a2", "o", ["i"]).Build();

        var report = ReinforcementCheck.Run(network);

        Assert.Null(report.Index);
        Assert.Equal(0, report.Goals[0].PairCount);
        Assert.Null(report.Goals[0].Index);
    }

    [Fact]
    public void Run_UnreinforcedPair_SentenceNamesActivitiesLeadsAndGoal()
    {
        var pair = ReinforcementCheck.Run(Planted()).Goals[0].UnreinforcedPairs[0];

        Assert.Equal(
            "'a1' (led by 'o1') and 'Reading buddies' (led by 'o3') both work toward 'Reading by Year 3', but neither feeds the other "
            + "and 'o1' and 'o3' have no tie: connect them so their work reinforces rather than runs in parallel.",
            pair.Message);
    }

    [Fact]
    public void Run_Pipelines_ChainBranchAndCycleInOrder()
    {
        // All in goal g. c1 → c2 → c3 → c1 is a cycle, c3 → c4 leaves it; p1 → p2 → p3 is a chain;
        // q1 → q3, q1 → q2 branches; x1 (another goal) → p1 is outside g's pipelines but in the initiative's.
        var network = new NetworkBuilder()
            .Goal("g").Goal("h").Indicator("i", "g").Indicator("j", "h").Organization("o")
            .Activity("c1", "o", ["i"]).Activity("c2", "o", ["i"]).Activity("c3", "o", ["i"]).Activity("c4", "o", ["i"])
            .Activity("p1", "o", ["i"]).Activity("p2", "o", ["i"]).Activity("p3", "o", ["i"])
            .Activity("q1", "o", ["i"]).Activity("q2", "o", ["i"]).Activity("q3", "o", ["i"])
            .Activity("lone", "o", ["i"]).Activity("x1", "o", ["j"])
            .FeedsInto("c2", "c3").FeedsInto("c3", "c1").FeedsInto("c1", "c2").FeedsInto("c3", "c4")
            .FeedsInto("p2", "p3").FeedsInto("p1", "p2")
            .FeedsInto("q1", "q3").FeedsInto("q1", "q2")
            .FeedsInto("x1", "p1")
            .Build();

        var report = ReinforcementCheck.Run(network);

        var pipelines = report.Goals[0].Pipelines;
        Assert.Equal(3, pipelines.Count);
        Assert.Equal(["c1", "c2", "c3", "c4"], pipelines[0].Activities);
        Assert.Equal(["c1", "c2", "c3"], Assert.Single(pipelines[0].Cycles));
        Assert.False(pipelines[0].IsChain);
        Assert.Equal(["p1", "p2", "p3"], pipelines[1].Activities);
        Assert.Equal([("p1", "p2"), ("p2", "p3")], pipelines[1].Flows.Select(f => (f.From, f.To)));
        Assert.True(pipelines[1].IsChain);
        Assert.Empty(pipelines[1].Cycles);
        Assert.Equal(["q1", "q2", "q3"], pipelines[2].Activities);
        Assert.False(pipelines[2].IsChain);
        Assert.Equal(["x1", "p1", "p2", "p3"], Assert.Single(report.Pipelines, p => p.Activities.Contains("p1")).Activities);
        Assert.Equal(3, report.Pipelines.Count);
    }

    [Fact]
    public void Run_PipelineOrder_FollowsTheFlowNotTheIds()
    {
        var network = new NetworkBuilder()
            .Goal("g").Indicator("i", "g").Organization("o")
            .Activity("z-antenatal", "o", ["i"]).Activity("m-home-visits", "o", ["i"]).Activity("a-playgroup", "o", ["i"])
            .FeedsInto("z-antenatal", "m-home-visits").FeedsInto("m-home-visits", "a-playgroup")
            .Build();

        var pipeline = Assert.Single(ReinforcementCheck.Run(network).Goals[0].Pipelines);

        Assert.Equal(["z-antenatal", "m-home-visits", "a-playgroup"], pipeline.Activities);
        Assert.True(pipeline.IsChain);
    }
}
