using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Tests.Services;

/// <summary>Progress on hand-made indicators; expected fractions worked out by hand from the definition.</summary>
public sealed class IndicatorProgressTests
{
    [Theory]
    [InlineData(Direction.Increase, 50, 100, 75, 0.5)]
    [InlineData(Direction.Increase, 50, 100, 100, 1.0)]
    [InlineData(Direction.Increase, 50, 100, 110, 1.2)]
    [InlineData(Direction.Increase, 50, 100, 40, -0.2)]
    [InlineData(Direction.Decrease, 20, 10, 15, 0.5)]
    [InlineData(Direction.Decrease, 20, 10, 24, -0.4)]
    public void Of_BaselineTargetAndLatest_IsTheSignedFractionOfTheWay(Direction direction, double baseline, double target, double latest, double expected)
    {
        var indicator = Indicator(direction, baseline, target);

        var progress = IndicatorProgress.Of(indicator, [Measure(2020, 0), Measure(2024, latest), Measure(2022, -999)]);

        Assert.Equal(expected, progress.PercentOfTheWay!.Value, 9);
        Assert.Equal(new DateOnly(2024, 6, 30), progress.Latest!.Date);
    }

    [Fact]
    public void Of_NoMeasurements_HasNoFractionOrLatest()
    {
        var progress = IndicatorProgress.Of(Indicator(Direction.Increase, 1, 2), []);

        Assert.Null(progress.Latest);
        Assert.Null(progress.PercentOfTheWay);
        Assert.Equal(1, progress.Baseline);
    }

    [Theory]
    [InlineData(Direction.Increase, 50, 50)]
    [InlineData(Direction.Increase, 50, 40)]
    [InlineData(Direction.Decrease, 10, 20)]
    public void Of_TargetAskingForNoImprovement_IsNotComputable(Direction direction, double baseline, double target)
    {
        var progress = IndicatorProgress.Of(Indicator(direction, baseline, target), [Measure(2024, 45)]);

        Assert.Null(progress.PercentOfTheWay);
        Assert.NotNull(progress.Latest);
    }

    [Fact]
    public void Of_NoBaselineOrTarget_IsNotComputable()
    {
        var progress = IndicatorProgress.Of(new Indicator("i", "I", "g"), [Measure(2024, 45)]);

        Assert.Null(progress.PercentOfTheWay);
        Assert.Null(progress.Baseline);
        Assert.Null(progress.Target);
    }

    private static Indicator Indicator(Direction direction, double baseline, double target) =>
        new("i", "I", "g", Direction: direction, Baseline: new DatedValue(baseline), Target: new DatedValue(target));

    private static Measurement Measure(int year, double value) => new("i", new DateOnly(year, 6, 30), value);
}
