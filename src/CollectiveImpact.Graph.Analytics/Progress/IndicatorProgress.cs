using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Progress;

/// <summary>
/// Indicator progress: per indicator the baseline, latest value, target, the fraction of the way covered, the
/// fraction expected by now on the straight line from baseline to target, whether it is on track, and its trend.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> Shared measurement is one of the five conditions of collective impact; analyses.md §2
/// defines off track as: "the latest value is behind the straight line from baseline to target at its date
/// (respecting <c>direction</c>); needs baseline, target and one measurement". The line runs from
/// (baseline date, baseline value) to (target date, target value). At the latest measurement's date <c>t</c>,
/// expected = baseline + (target − baseline) · clamp((t − baselineDate) / (targetDate − baselineDate), 0, 1).
/// The latest value is behind when it is below expected for INCREASE, above it for DECREASE (a difference within
/// 1e-9 of the scale of the values counts as on the line, so rounding never flags an indicator).</para>
/// <para><b>Before the baseline date / after the target date.</b> The line is clamped rather than extended: a
/// measurement taken before the baseline date is expected to be at least the baseline (nothing was promised yet,
/// but going backwards from it is behind); one taken after the target date is expected to have reached the target
/// (extending the line would ask for more than the target). Without dates on both, or with a target date not after
/// the baseline date, the line is undefined and <see cref="ProgressSummary.OnTrack"/> is null.</para>
/// <para><b>Trend.</b> Ordinary least squares of value on time in years over all measurements given.</para>
/// <para><b>Complexity.</b> O(m) for an indicator's m measurements (plus O(m log m) if they come unsorted).</para>
/// <para><b>Source.</b> Kania, J. and Kramer, M. (2011) "Collective Impact", Stanford Social Innovation Review
/// 9(1), 36–41 (shared measurement systems).</para>
/// </remarks>
public static class IndicatorProgress
{
    private const double DaysPerYear = 365.25;

    /// <summary>Progress of every indicator of <paramref name="network"/>, in document order.</summary>
    public static IReadOnlyList<ProgressSummary> Compute(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var byIndicator = network.Measurements.ToLookup(m => m.Indicator, StringComparer.Ordinal);
        return network.Indicators.Select(i => Of(i, byIndicator[i.Id].ToList())).ToList();
    }

    /// <summary>
    /// Progress of <paramref name="indicator"/> from <paramref name="measurements"/> (all of that indicator, in
    /// any order; a measurement of another indicator is an error).
    /// </summary>
    public static ProgressSummary Of(Indicator indicator, IReadOnlyList<Measurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(measurements);
        var stranger = measurements.FirstOrDefault(m => m.Indicator != indicator.Id);
        if (stranger is not null)
        {
            throw new ArgumentException(
                $"Measurement of '{stranger.Indicator}' on {stranger.Date:yyyy-MM-dd} was given for indicator '{indicator.Id}'.",
                nameof(measurements));
        }

        var latest = measurements.Count == 0 ? null : measurements.MaxBy(m => m.Date);
        var (baseline, target) = (indicator.Baseline, indicator.Target);
        double? fraction = latest is not null && baseline is not null && target is not null && target.Value != baseline.Value
            ? (latest.Value - baseline.Value) / (target.Value - baseline.Value)
            : null;
        var expectedFraction = latest is null ? null : ExpectedFractionAt(indicator, latest.Date);
        double? expectedValue = expectedFraction is { } f ? baseline!.Value + ((target!.Value - baseline.Value) * f) : null;
        bool? onTrack = expectedValue is { } e ? !IsBehind(indicator.Direction, latest!.Value, e) : null;

        return new ProgressSummary(
            indicator.Id, indicator.Name, indicator.Unit, indicator.Direction, baseline, target, latest,
            measurements.Count, fraction, expectedFraction, expectedValue, onTrack, TrendPerYear(measurements));
    }

    /// <summary>
    /// The fraction of the way from baseline to target expected on <paramref name="date"/>, clamped to [0, 1];
    /// null when the indicator lacks a baseline or target with dates, or its target date is not after its baseline date.
    /// </summary>
    public static double? ExpectedFractionAt(Indicator indicator, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Baseline?.Date is not { } start || indicator.Target?.Date is not { } end || end <= start)
        {
            return null;
        }

        var elapsed = (double)(date.DayNumber - start.DayNumber) / (end.DayNumber - start.DayNumber);
        return Math.Clamp(elapsed, 0.0, 1.0);
    }

    private static bool IsBehind(Direction direction, double value, double expected)
    {
        var tolerance = 1e-9 * Math.Max(1.0, Math.Max(Math.Abs(value), Math.Abs(expected)));
        return direction == Direction.Increase ? value < expected - tolerance : value > expected + tolerance;
    }

    private static double? TrendPerYear(IReadOnlyList<Measurement> measurements)
    {
        if (measurements.Count < 2)
        {
            return null;
        }

        // Centre on the mean to keep the sums small and exact enough.
        var meanX = measurements.Average(m => (double)m.Date.DayNumber) / DaysPerYear;
        var meanY = measurements.Average(m => m.Value);
        double sxy = 0, sxx = 0;
        foreach (var m in measurements)
        {
            var dx = (m.Date.DayNumber / DaysPerYear) - meanX;
            sxy += dx * (m.Value - meanY);
            sxx += dx * dx;
        }

        return sxx == 0 ? null : sxy / sxx;
    }
}
