using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Progress;

/// <summary>
/// Where one indicator stands on its way from baseline to target (<see cref="IndicatorProgress"/>).
/// </summary>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Name">The indicator's name.</param>
/// <param name="Unit">The indicator's unit, which <see cref="TrendPerYear"/> is in (per year).</param>
/// <param name="Direction">Which way is better.</param>
/// <param name="Baseline">The baseline, when set.</param>
/// <param name="Target">The target, when set.</param>
/// <param name="Latest">The most recent measurement, or null when there is none.</param>
/// <param name="MeasurementCount">How many measurements the summary read.</param>
/// <param name="Fraction">
/// How far along the way from baseline to target the latest value is: (latest − baseline) / (target − baseline),
/// so 0 at the baseline, 1 at the target, negative when it has gone the wrong way. Null when there is no
/// measurement, no baseline or target, or baseline equals target.
/// </param>
/// <param name="ExpectedFraction">
/// How far along it should be at the latest measurement's date on the straight line from baseline date to target
/// date, clamped to [0, 1]. Null without both dates, with a target date not after the baseline date, or without a
/// measurement.
/// </param>
/// <param name="ExpectedValue">The value on that line at the latest measurement's date (same rules as <paramref name="ExpectedFraction"/>).</param>
/// <param name="OnTrack">
/// True when the latest value is not behind <paramref name="ExpectedValue"/> in the indicator's direction; null
/// when the line or the latest value is missing. INDICATOR_OFF_TRACK is exactly <c>OnTrack == false</c>.
/// </param>
/// <param name="TrendPerYear">
/// The least-squares slope of value against time over every measurement read, in the indicator's units per year
/// (365.25 days); null with fewer than two measurements.
/// </param>
public sealed record ProgressSummary(
    string Indicator,
    string Name,
    string? Unit,
    Direction Direction,
    DatedValue? Baseline,
    DatedValue? Target,
    Measurement? Latest,
    int MeasurementCount,
    double? Fraction,
    double? ExpectedFraction,
    double? ExpectedValue,
    bool? OnTrack,
    double? TrendPerYear);
