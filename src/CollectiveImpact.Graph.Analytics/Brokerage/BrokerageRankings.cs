namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>
/// The widest brokerage ranking computed so far on one network version for one seed, so a narrower one (what-if's
/// top 10 after a dashboard's top 20) is read off it instead of searched again.
/// </summary>
/// <remarks>
/// <para>Why a prefix is exact: candidates are ranked by a total order (score, then the two ids, ordinal) and the
/// search returns exactly the best <c>top</c> of them (its pruning drops no pair that would make the cut), so the best
/// <c>k</c> are the first <c>k</c> of any wider ranking; a recommendation's rank depends only on those before it. When
/// the wider search found fewer pairs than it asked for, a narrower one would find those same pairs.</para>
/// <para>Kept in the version's <see cref="Agenda.AnalysisMemo"/>; only rankings of at most <see cref="MaxKept"/>
/// recommendations are kept, so the memo stays small next to the network.</para>
/// </remarks>
internal sealed class BrokerageRankings
{
    /// <summary>The widest ranking kept.</summary>
    public const int MaxKept = 1_000;

    private readonly Lock gate = new();
    private BrokerageReport? widest;

    /// <summary>Keeps <paramref name="report"/> when it is wider than the one kept (and at most <see cref="MaxKept"/>).</summary>
    public void Offer(BrokerageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (gate)
        {
            if (report.Options.Top <= MaxKept && (widest is null || report.Options.Top > widest.Options.Top))
            {
                widest = report;
            }
        }
    }

    /// <summary>The best <paramref name="top"/> recommendations when a ranking at least that wide is kept; otherwise null.</summary>
    public IReadOnlyList<BrokerageRecommendation>? Best(int top)
    {
        lock (gate)
        {
            return widest is { } kept && kept.Options.Top >= top ? [.. kept.Recommendations.Take(top)] : null;
        }
    }
}
