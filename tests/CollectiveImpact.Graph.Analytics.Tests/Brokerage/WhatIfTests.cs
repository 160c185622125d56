using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Brokerage;

/// <summary>
/// Two pairs, o1–o2 and o3–o4; o1 and o3 lead activities on the same indicators, so the one recommendation joins
/// them. Worked by hand: components 2 → 1; average path of the largest component 1 (o1–o2, the first of two
/// equal components) → 10/6 on the path o2–o1–o3–o4; reinforcement 0/1 → 1/1.
/// </summary>
public sealed class WhatIfTests
{
    private static Network TwoPairs() => new NetworkBuilder()
        .Goal("g").Indicator("i1", "g").Indicator("i2", "g")
        .Organizations("o1", "o2", "o3", "o4")
        .Activity("a1", "o1", ["i1", "i2"], populations: ["kids"])
        .Activity("a3", "o3", ["i1", "i2"], populations: ["kids"])
        .Tie("o1", "o2").Tie("o3", "o4")
        .Build();

    [Fact]
    public void Run_OneIntroduction_JoinsTheComponentsAndReinforcesThePair()
    {
        var report = WhatIf.Run(TwoPairs(), 1);

        var introduction = Assert.Single(report.Introductions);
        Assert.Equal(("o1", "o3"), (introduction.OrganizationA, introduction.OrganizationB));
        Assert.Equal((2.0, 1.0, -1.0), (report.Components.Before!.Value, report.Components.After!.Value, report.Components.Change!.Value));
        Assert.Equal(1.0, report.AverageShortestPath.Before!.Value, 12);
        Assert.Equal(10.0 / 6, report.AverageShortestPath.After!.Value, 12);
        Assert.Equal((0.0, 1.0, 1.0), (report.ReinforcementIndex.Before!.Value, report.ReinforcementIndex.After!.Value, report.ReinforcementIndex.Change!.Value));
    }

    [Fact]
    public void Run_NoIntroductions_ChangesNothing()
    {
        var report = WhatIf.Run(TwoPairs(), 0);

        Assert.Empty(report.Introductions);
        Assert.Equal(0.0, report.Components.Change);
        Assert.Equal(0.0, report.AverageShortestPath.Change);
        Assert.Equal(0.0, report.ReinforcementIndex.Change);
    }

    [Fact]
    public void Run_NegativeCount_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WhatIf.Run(TwoPairs(), -1));
    }

    [Fact]
    public void MetricChange_UndefinedSide_HasNoChange()
    {
        Assert.Null(new MetricChange(null, 1.0).Change);
        Assert.Equal(-0.5, new MetricChange(1.0, 0.5).Change);
    }
}
