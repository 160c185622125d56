namespace CollectiveImpact.Graph.Analytics.Equity;

/// <summary>A measure summarized over a group of organizations.</summary>
/// <param name="Count">Organizations in the group.</param>
/// <param name="Defined">Of those, how many the measure gives a score (Burt's constraint leaves isolates undefined).</param>
/// <param name="Mean">Mean of the defined scores; null when none.</param>
/// <param name="Median">Median of the defined scores (mean of the middle two for an even count); null when none.</param>
public sealed record GroupSummary(int Count, int Defined, double? Mean, double? Median)
{
    internal static GroupSummary Of(IReadOnlyCollection<double> scores)
    {
        var defined = scores.Where(s => !double.IsNaN(s)).Order().ToArray();
        if (defined.Length == 0)
        {
            return new GroupSummary(scores.Count, 0, null, null);
        }

        var middle = defined.Length / 2;
        var median = defined.Length % 2 == 1 ? defined[middle] : (defined[middle - 1] + defined[middle]) / 2;
        return new GroupSummary(scores.Count, defined.Length, defined.Average(), median);
    }
}
