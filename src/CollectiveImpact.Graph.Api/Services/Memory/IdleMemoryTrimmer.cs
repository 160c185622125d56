using System.Diagnostics;
using System.Runtime;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Services.Jobs;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Services.Memory;

/// <summary>
/// Gives memory back to the operating system once the process is idle after heavy work: a blocking, compacting,
/// aggressive gen2 collection (<c>GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true)</c>),
/// the finalizer thread's gen2 callbacks, and a second such collection, when <see cref="IdleMemoryTrigger"/> says so.
/// Section <c>MemoryTrim</c>.
/// </summary>
/// <remarks>
/// <para>Why: after the analyses of a large network the heap stays at its peak (895 MiB against 463 at rest on 20,000
/// organizations) because nothing allocates enough afterwards to start a gen2 collection, and the collector decommits
/// lazily. An aggressive collection compacts every generation, including the large object heap, and decommits what
/// is free at once.</para>
/// <para>Cost: the collection stops every thread for as long as it runs (a few hundred milliseconds on a heap of a few
/// hundred megabytes), which is why it only runs when no analysis is running or queued and allocation has stayed under
/// <see cref="MemoryTrimOptions.QuietAllocationBytesPerSecond"/> and thread-pool work under
/// <see cref="MemoryTrimOptions.QuietWorkItemsPerSecond"/> for <see cref="MemoryTrimOptions.IdleFor"/>: never during a
/// load of requests (a first version that looked at allocation only trimmed during a load of health probes, which
/// allocate little). Otherwise a look per second costs three counters and two scheduler snapshots.</para>
/// </remarks>
public sealed partial class IdleMemoryTrimmer(
    IOptions<MemoryTrimOptions> options,
    AnalysisScheduler scheduler,
    AnalysisJobs jobs,
    AnalysisCache cache,
    TimeProvider time,
    ILogger<IdleMemoryTrimmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var trigger = new IdleMemoryTrigger(settings);
        using var timer = new PeriodicTimer(settings.CheckInterval, time);
        var last = time.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = time.GetTimestamp();
                var pending = scheduler.Snapshot() is { Running: > 0 } or { Queued: > 0 }
                    || jobs.Scheduler.Snapshot() is { Running: > 0 } or { Queued: > 0 };
                if (trigger.Observe(time.GetElapsedTime(last, now), GC.GetTotalAllocatedBytes(), GC.GetGCMemoryInfo().TotalCommittedBytes,
                    ThreadPool.CompletedWorkItemCount, pending))
                {
                    trigger.Trimmed(Trim(trigger.QuietFor));
                }

                last = now;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>Compacts the whole heap and returns what it commits afterwards.</summary>
    private long Trim(TimeSpan quietFor)
    {
        var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var started = Stopwatch.GetTimestamp();

        // Expired results are otherwise dropped only when the cache is next used: the follow-up trim is for them.
        cache.DropExpired();

        // Aggressive collections are documented to decommit all they can; saying so for the large object heap as well
        // costs nothing (the setting resets itself after one full blocking collection).
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        // The shared ArrayPool drops buffers idle for a minute from a callback the finalizer thread runs after a gen2
        // (so do other gen2-driven caches): let it run, then collect what it let go.
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var pause = Stopwatch.GetElapsedTime(started);
        var after = GC.GetGCMemoryInfo().TotalCommittedBytes;
        LogTrimmed(logger, quietFor.TotalSeconds, before >> 20, after >> 20, pause.TotalMilliseconds);
        return after;
    }

    [LoggerMessage(EventId = 4300, Level = LogLevel.Information,
        Message = "Idle for {QuietSeconds:0} s after heavy work: compacted the heap, committed {BeforeMiB} MiB -> {AfterMiB} MiB in {PauseMs:0} ms.")]
    private static partial void LogTrimmed(ILogger logger, double quietSeconds, long beforeMiB, long afterMiB, double pauseMs);
}
