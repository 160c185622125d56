namespace CollectiveImpact.Graph.Api.Services.Scheduling;

/// <summary>Why <see cref="AnalysisScheduler"/> refused to queue an analysis.</summary>
public enum RejectionReason
{
    /// <summary>The queue shared by all callers is full (<see cref="SchedulerOptions.MaxQueued"/>): the service is overloaded.</summary>
    QueueFull,

    /// <summary>
    /// The work already queued would keep it waiting at least <see cref="SchedulerOptions.MaxQueueWait"/>: it could not
    /// start before its deadline, so it is refused now rather than timed out later.
    /// </summary>
    WaitTooLong,

    /// <summary>This caller already has <see cref="SchedulerOptions.MaxQueuedPerCaller"/> analyses waiting.</summary>
    CallerShareFull,
}
