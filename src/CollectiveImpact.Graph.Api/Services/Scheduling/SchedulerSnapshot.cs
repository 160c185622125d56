namespace CollectiveImpact.Graph.Api.Services.Scheduling;

/// <summary>What <see cref="AnalysisScheduler"/> is doing and has done since the start, as <c>/readyz</c> shows it.</summary>
/// <param name="Workers">Dedicated worker threads.</param>
/// <param name="Running">Analyses on a worker now.</param>
/// <param name="Queued">Analyses waiting for a worker.</param>
/// <param name="MaxQueued">The queue's bound, all callers together.</param>
/// <param name="MaxQueuedPerCaller">The queue's bound per caller.</param>
/// <param name="Completed">Analyses that ran to the end (a result or the analysis's own error).</param>
/// <param name="DroppedBeforeStart">Analyses whose waiters all left while they were queued: never run.</param>
/// <param name="StoppedWhileRunning">Analyses whose waiters all left while they ran: told to stop.</param>
/// <param name="RejectedQueueFull">Analyses refused because the whole queue was full.</param>
/// <param name="RejectedWaitTooLong">Analyses refused because the work ahead would have kept them waiting past <see cref="SchedulerOptions.MaxQueueWait"/>.</param>
/// <param name="RejectedCallerShare">Analyses refused because their caller's share of the queue was full.</param>
/// <param name="MeanCompute">The recent mean time an analysis holds a worker (an exponential moving average).</param>
/// <param name="MaxOverrun">The longest any analysis ran on after nobody waited for it any more (deadline or caller gone).</param>
public sealed record SchedulerSnapshot(
    int Workers,
    int Running,
    int Queued,
    int MaxQueued,
    int MaxQueuedPerCaller,
    long Completed,
    long DroppedBeforeStart,
    long StoppedWhileRunning,
    long RejectedQueueFull,
    long RejectedWaitTooLong,
    long RejectedCallerShare,
    TimeSpan MeanCompute,
    TimeSpan MaxOverrun);
