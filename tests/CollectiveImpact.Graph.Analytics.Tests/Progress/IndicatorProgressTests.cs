using CollectiveImpact.Graph.Analytics.Progress;
using CollectiveImpact.Graph.Store.Domain;
using static CollectiveImpact.Graph.Analytics.Tests.Fixtures.NetworkBuilder;

namespace CollectiveImpact.Graph.Analytics.Tests.Progress;

/// <summary>
/// Expected numbers worked out by hand. Day counts: 2020-01-01 → 2025-01-01 is 1,827 days, 2020-01-01 →
/// 2030-01-01 is 3,653 days, and 2021-01-01 → 2025-01-01 → 2029-01-01 are 1,461 days each (exactly 4 × 365.25),
/// so slopes come out in whole quarters.
/// </summary>
public sealed class IndicatorProgressTests
{
    private const double Elapsed = 1827.0 / 3653.0;

    [Fact]
    public void Of_IncreaseAheadOfTheLine_IsOnTrackWithExactNumbers()
    {
        var indicator = new Indicator("i", "Kindy enrolment", "g", "%", Direction.Increase,
            new DatedValue(50, D("2020-01-01")), new DatedValue(100, D("2030-01-01")));
        Measurement[] measurements = [new("i", D("2025-01-01"), 80), new("i", D("2021-01-01"), 55)];

        var progress = IndicatorProgress.Of(indicator, measurements);

        Assert.Equal(D("2025-01-01"), progress.Latest!.Date);
        Assert.Equal(2, progress.MeasurementCount);
        Assert.Equal(0.6, progress.Fraction!.Value, 12);
        Assert.Equal(Elapsed, progress.ExpectedFraction!.Value, 12);
        Assert.Equal(50 + (50 * Elapsed), progress.ExpectedValue!.Value, 12);
        Assert.True(progress.OnTrack);
        Assert.Equal(6.25, progress.TrendPerYear!.Value, 12);
    }

    [Fact]
    public void Of_DecreaseAboveTheLine_IsOffTrackWithExactNumbers()
    {
        var indicator = new Indicator("i", "Asthma ED visits", "g", "per 1,000", Direction.Decrease,
            new DatedValue(20, D("2020-01-01")), new DatedValue(10, D("2030-01-01")));
        Measurement[] measurements = [new("i", D("2021-01-01"), 19), new("i", D("2025-01-01"), 17)];

        var progress = IndicatorProgress.Of(indicator, measurements);

        Assert.Equal(0.3, progress.Fraction!.Value, 12);
        Assert.Equal(Elapsed, progress.ExpectedFraction!.Value, 12);
        Assert.Equal(20 - (10 * Elapsed), progress.ExpectedValue!.Value, 12);
        Assert.False(progress.OnTrack);
        Assert.Equal(-0.5, progress.TrendPerYear!.Value, 12);
    }

    [Fact]
    public void Of_DecreaseBelowTheLine_IsOnTrack()
    {
        var indicator = new Indicator("i", "Housing stress", "g", "%", Direction.Decrease,
            new DatedValue(20, D("2020-01-01")), new DatedValue(10, D("2030-01-01")));

        var progress = IndicatorProgress.Of(indicator, [new Measurement("i", D("2025-01-01"), 14)]);

        Assert.True(progress.OnTrack);
        Assert.Equal(0.6, progress.Fraction!.Value, 12);
        Assert.Null(progress.TrendPerYear);
    }

    [Fact]
    public void Of_ThreeEvenlySpacedMeasurements_TrendIsTheLeastSquaresSlope()
    {
        // x = 0, 4, 8 years; y = 55, 60, 70: mean (4, 61.667), Sxy = 60, Sxx = 32, slope = 1.875.
        var indicator = new Indicator("i", "Reading", "g");
        Measurement[] measurements =
            [new("i", D("2021-01-01"), 55), new("i", D("2025-01-01"), 60), new("i", D("2029-01-01"), 70)];

        var progress = IndicatorProgress.Of(indicator, measurements);

        Assert.Equal(1.875, progress.TrendPerYear!.Value, 12);
        Assert.Null(progress.Fraction);
        Assert.Null(progress.OnTrack);
    }

    [Fact]
    public void Of_ExactlyOnTheLine_IsOnTrack()
    {
        var indicator = new Indicator("i", "Line", "g", null, Direction.Increase,
            new DatedValue(0, D("2020-01-01")), new DatedValue(3653, D("2030-01-01")));

        var progress = IndicatorProgress.Of(indicator, [new Measurement("i", D("2025-01-01"), 1827)]);

        Assert.True(progress.OnTrack);
    }

    [Fact]
    public void Of_MeasurementAfterTheTargetDate_IsExpectedToHaveReachedTheTarget()
    {
        var indicator = new Indicator("i", "Late", "g", null, Direction.Increase,
            new DatedValue(50, D("2020-01-01")), new DatedValue(100, D("2030-01-01")));

        var short_ = IndicatorProgress.Of(indicator, [new Measurement("i", D("2032-06-30"), 99)]);
        var reached = IndicatorProgress.Of(indicator, [new Measurement("i", D("2032-06-30"), 100)]);

        Assert.Equal(1.0, short_.ExpectedFraction);
        Assert.Equal(100.0, short_.ExpectedValue);
        Assert.False(short_.OnTrack);
        Assert.True(reached.OnTrack);
    }

    [Fact]
    public void Of_MeasurementBeforeTheBaselineDate_IsExpectedToBeAtTheBaseline()
    {
        var indicator = new Indicator("i", "Early", "g", null, Direction.Decrease,
            new DatedValue(20, D("2020-01-01")), new DatedValue(10, D("2030-01-01")));

        var worse = IndicatorProgress.Of(indicator, [new Measurement("i", D("2019-06-30"), 21)]);
        var same = IndicatorProgress.Of(indicator, [new Measurement("i", D("2019-06-30"), 20)]);

        Assert.Equal(0.0, worse.ExpectedFraction);
        Assert.False(worse.OnTrack);
        Assert.True(same.OnTrack);
    }

    [Fact]
    public void Of_BaselineEqualsTarget_FractionIsNullButTrackIsJudged()
    {
        var indicator = new Indicator("i", "Hold", "g", null, Direction.Increase,
            new DatedValue(90, D("2020-01-01")), new DatedValue(90, D("2030-01-01")));

        var progress = IndicatorProgress.Of(indicator, [new Measurement("i", D("2025-01-01"), 89)]);

        Assert.Null(progress.Fraction);
        Assert.Equal(90.0, progress.ExpectedValue);
        Assert.False(progress.OnTrack);
    }

    [Theory]
    [InlineData(null, "2030-01-01")]
    [InlineData("2020-01-01", null)]
    [InlineData("2030-01-01", "2020-01-01")]
    public void Of_WithoutAValidDatedLine_TrackIsNull(string? baselineDate, string? targetDate)
    {
        var indicator = new Indicator("i", "Undated", "g", null, Direction.Increase,
            new DatedValue(50, baselineDate is null ? null : D(baselineDate)),
            new DatedValue(100, targetDate is null ? null : D(targetDate)));

        var progress = IndicatorProgress.Of(indicator, [new Measurement("i", D("2025-01-01"), 10)]);

        Assert.Equal(-0.8, progress.Fraction!.Value, 12);
        Assert.Null(progress.ExpectedFraction);
        Assert.Null(progress.OnTrack);
    }

    [Fact]
    public void Of_NoMeasurements_OnlyTheIndicatorsOwnFieldsAreSet()
    {
        var indicator = new Indicator("i", "Never measured", "g", null, Direction.Increase,
            new DatedValue(50, D("2020-01-01")), new DatedValue(100, D("2030-01-01")));

        var progress = IndicatorProgress.Of(indicator, []);

        Assert.Null(progress.Latest);
        Assert.Null(progress.Fraction);
        Assert.Null(progress.ExpectedFraction);
        Assert.Null(progress.OnTrack);
        Assert.Null(progress.TrendPerYear);
    }

    [Fact]
    public void Of_MeasurementOfAnotherIndicator_IsRejectedNamingIt()
    {
        var indicator = new Indicator("i", "Mine", "g");

        var error = Assert.Throws<ArgumentException>(() =>
            IndicatorProgress.Of(indicator, [new Measurement("other", D("2025-01-01"), 1)]));

        Assert.Contains("'other'", error.Message);
    }

    [Fact]
    public void Compute_Network_SummarizesEveryIndicatorInDocumentOrder()
    {
        var network = new Fixtures.NetworkBuilder()
            .Goal("g")
            .Indicator("i-b", "g").Indicator("i-a", "g")
            .Measurement("i-a", "2024-01-01", 1).Measurement("i-a", "2025-01-01", 2).Measurement("i-b", "2024-01-01", 5)
            .Build();

        var all = IndicatorProgress.Compute(network);

        Assert.Equal(["i-b", "i-a"], all.Select(p => p.Indicator));
        Assert.Equal([1, 2], all.Select(p => p.MeasurementCount));
        Assert.Equal(2.0, all[1].Latest!.Value);
    }
}
