namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>
/// The days on which what counts in one network changes (<see cref="TimeRule"/>): computed once per network version,
/// so that reading the network as of a date can tell, without filtering anything, whether the date excludes nothing
/// (the as-of view is then the stored network itself) and which other dates give the same view.
/// </summary>
/// <remarks>
/// <para>A change point is a day from which something starts or stops counting: a <c>since</c>, <c>start</c> or
/// measurement date (it counts from that day on), and the day after an <c>until</c> or <c>end</c> (both bounds are
/// inclusive). Between two consecutive change points the set of what counts is constant, so
/// <see cref="PeriodOf"/> (the last change point on or before a date) names the as-of view exactly: two dates with the
/// same period have the same <see cref="TimeRule.AsOf"/> network. The converse need not hold (a tie ending the day
/// another identical one starts), so the period is a sound key, not always the smallest one.</para>
/// <para>Complexity: O(entries · log entries) to build, O(log change points) per question.</para>
/// </remarks>
public sealed class TimeBoundaries
{
    private readonly DateOnly[] changes;

    private TimeBoundaries(DateOnly[] changes, DateOnly? latestStart, DateOnly? earliestEnd)
    {
        this.changes = changes;
        LatestStart = latestStart;
        EarliestEnd = earliestEnd;
    }

    /// <summary>The latest <c>since</c>, <c>start</c> or measurement date of the network; null when it has none.</summary>
    public DateOnly? LatestStart { get; }

    /// <summary>The earliest <c>until</c> or <c>end</c> of the network; null when it has none.</summary>
    public DateOnly? EarliestEnd { get; }

    /// <summary>The days on which what counts changes, ascending, without repeats.</summary>
    public IReadOnlyList<DateOnly> Changes => changes;

    public static TimeBoundaries Of(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var starts = new List<DateOnly>();
        var ends = new List<DateOnly>();
        foreach (var o in network.Organizations)
        {
            Add(o.Since, o.Until);
        }

        foreach (var p in network.People)
        {
            Add(p.Since, p.Until);
        }

        foreach (var a in network.Activities)
        {
            Add(a.Start, a.End);
        }

        foreach (var t in network.Ties)
        {
            Add(t.Since, t.Until);
        }

        foreach (var m in network.Measurements)
        {
            starts.Add(m.Date);
        }

        // The day after an end is when it stops counting; an end on the last representable day never stops.
        var points = starts.Concat(ends.Where(e => e < DateOnly.MaxValue).Select(e => e.AddDays(1))).Distinct().Order().ToArray();
        return new TimeBoundaries(points, starts.Count == 0 ? null : starts.Max(), ends.Count == 0 ? null : ends.Min());

        void Add(DateOnly? from, DateOnly? to)
        {
            if (from is { } start)
            {
                starts.Add(start);
            }

            if (to is { } end)
            {
                ends.Add(end);
            }
        }
    }

    /// <summary>
    /// True when everything in the network counts on <paramref name="date"/>: <see cref="TimeRule.AsOf"/> would return
    /// the same content, so the stored network (and its projections) can stand for it.
    /// </summary>
    public bool ExcludesNothingOn(DateOnly date) =>
        (LatestStart is not { } start || start <= date) && (EarliestEnd is not { } end || date <= end);

    /// <summary>
    /// The last change point on or before <paramref name="date"/> (<see cref="DateOnly.MinValue"/> when there is none):
    /// every date with the same period has the same as-of network.
    /// </summary>
    public DateOnly PeriodOf(DateOnly date)
    {
        var index = Array.BinarySearch(changes, date);
        if (index >= 0)
        {
            return changes[index];
        }

        var before = ~index - 1;
        return before < 0 ? DateOnly.MinValue : changes[before];
    }
}
