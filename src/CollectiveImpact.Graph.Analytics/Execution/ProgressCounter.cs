namespace CollectiveImpact.Graph.Analytics.Execution;

/// <summary>
/// Counts finished units of work (searches, sweeps) from any thread and tells an <see cref="IProgress{T}"/> the
/// fraction done, 0 to 1, each time it crosses a whole percent: at most about a hundred reports per run, whatever the
/// number of units. Reports may arrive out of order when several threads finish at once; the last is 1.
/// </summary>
internal sealed class ProgressCounter(IProgress<double>? progress, long total)
{
    private long done;

    /// <summary>Records <paramref name="units"/> more units done.</summary>
    public void Add(long units = 1)
    {
        if (progress is null || total <= 0)
        {
            return;
        }

        var after = Interlocked.Add(ref done, units);
        var before = after - units;
        if (after * 100 / total > before * 100 / total)
        {
            progress.Report(Math.Min(1.0, (double)after / total));
        }
    }
}
