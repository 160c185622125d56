using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// How far an indicator has come: its baseline, latest measurement and target, and the signed fraction of the way
/// from baseline to target the latest value has covered.
/// </summary>
/// <param name="Baseline">The indicator's baseline value, if it has one.</param>
/// <param name="Latest">The most recent measurement (latest date), if any.</param>
/// <param name="Target">The indicator's target value, if it has one.</param>
/// <param name="PercentOfTheWay">
/// <c>(latest − baseline) / (target − baseline)</c>: 0 at the baseline, 1 at the target, above 1 beyond it, negative
/// when the indicator moved the wrong way. Because numerator and denominator are both measured from the baseline,
/// the sign already respects <see cref="Direction"/> (for DECREASE both are negative while improving). Null when
/// not computable: no baseline, no target, no measurement, a target equal to the baseline, or a target on the
/// wrong side of the baseline for the indicator's direction (the indicator then asks for no improvement).
/// </param>
public sealed record IndicatorProgress(double? Baseline, Measurement? Latest, double? Target, double? PercentOfTheWay)
{
    /// <summary>The progress of <paramref name="indicator"/> given its measurements (any order).</summary>
    public static IndicatorProgress Of(Indicator indicator, IEnumerable<Measurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var latest = measurements.Where(m => m.Indicator == indicator.Id).MaxBy(m => m.Date);
        var baseline = indicator.Baseline?.Value;
        var target = indicator.Target?.Value;
        double? fraction = null;
        if (baseline is { } b && target is { } t && latest is not null)
        {
            var needed = indicator.Direction == Direction.Increase ? t - b : b - t;
            if (needed > 0)
            {
                fraction = (latest.Value - b) / (t - b);
            }
        }

        return new IndicatorProgress(baseline, latest, target, fraction);
    }
}
