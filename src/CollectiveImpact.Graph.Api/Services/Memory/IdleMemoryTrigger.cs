namespace CollectiveImpact.Graph.Api.Services.Memory;

/// <summary>
/// Decides, from one look at the process per <see cref="MemoryTrimOptions.CheckInterval"/>, when
/// <see cref="IdleMemoryTrimmer"/> compacts the heap: after the heap grew by <see cref="MemoryTrimOptions.MinHeapGrowthBytes"/>
/// and the process has then been quiet for <see cref="MemoryTrimOptions.IdleFor"/>. Pure: the numbers come from the caller.
/// </summary>
/// <remarks>
/// <para>Growth is measured from a baseline: the committed size after the last trim, lowered whenever the heap is seen
/// smaller (the collector gave memory back by itself), so live data that stays (the network, cached results) costs at
/// most one trim per <see cref="MemoryTrimOptions.MinHeapGrowthBytes"/> it adds, and a steady heap is never trimmed
/// twice for the same growth.</para>
/// <para>A trim for growth arms one follow-up, <see cref="MemoryTrimOptions.FollowUpAfter"/> later (when quiet): the
/// results the analysis cache kept in memory were live at the first trim, and once they expire nothing allocates to
/// collect them; the follow-up returns what they held. A follow-up arms nothing.</para>
/// </remarks>
public sealed class IdleMemoryTrigger(MemoryTrimOptions settings)
{
    private long lastAllocated;
    private long lastWorkItems;
    private long baseline;
    private TimeSpan quietFor;
    private TimeSpan sinceTrim;
    private bool followUpArmed;
    private bool firedForGrowth;
    private bool started;

    /// <summary>How long the process has been quiet, as of the last <see cref="Observe"/>.</summary>
    public TimeSpan QuietFor => quietFor;

    /// <summary>
    /// One look: <paramref name="elapsed"/> since the previous one, the bytes the process allocated since it started
    /// (<c>GC.GetTotalAllocatedBytes</c>), the heap's committed bytes, the thread pool's completed work items since it
    /// started (<c>ThreadPool.CompletedWorkItemCount</c>: requests, even those that allocate little), and whether an
    /// analysis is running or queued. True when the heap should be compacted now; the caller then reports <see cref="Trimmed"/>.
    /// </summary>
    public bool Observe(TimeSpan elapsed, long totalAllocatedBytes, long committedBytes, long completedWorkItems, bool analysesPending)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(elapsed, TimeSpan.Zero);
        if (!started)
        {
            started = true;
            lastAllocated = totalAllocatedBytes;
            lastWorkItems = completedWorkItems;
            baseline = committedBytes;
            return false;
        }

        var allocated = totalAllocatedBytes - lastAllocated;
        var workItems = completedWorkItems - lastWorkItems;
        lastAllocated = totalAllocatedBytes;
        lastWorkItems = completedWorkItems;
        baseline = Math.Min(baseline, committedBytes);
        var quiet = !analysesPending
            && allocated <= settings.QuietAllocationBytesPerSecond * elapsed.TotalSeconds
            && workItems <= settings.QuietWorkItemsPerSecond * elapsed.TotalSeconds;
        quietFor = quiet ? quietFor + elapsed : TimeSpan.Zero;
        sinceTrim += elapsed;
        if (quietFor < settings.IdleFor)
        {
            return false;
        }

        firedForGrowth = committedBytes - baseline >= settings.MinHeapGrowthBytes;
        return firedForGrowth || (followUpArmed && sinceTrim >= settings.FollowUpAfter);
    }

    /// <summary>
    /// The heap was compacted and now commits <paramref name="committedBytes"/>: the next trim waits for new growth, or
    /// for the follow-up a trim for growth arms.
    /// </summary>
    public void Trimmed(long committedBytes)
    {
        baseline = committedBytes;
        quietFor = TimeSpan.Zero;
        sinceTrim = TimeSpan.Zero;
        followUpArmed = firedForGrowth;
    }
}
