namespace CollectiveImpact.Graph.Api.Services.Scheduling;

/// <summary>Why <see cref="AnalysisScheduler"/> refused to queue an analysis.</summary>
public enum RejectionReason
{
    /// <summary>The queue shared by all callers is full (<see cref="SchedulerOptions.MaxQueued"/>): the service is overloaded.</summary>
    QueueFull,

    /// <summary>This caller already has <see cref="SchedulerOptions.MaxQueuedPerCaller"/> analyses waiting.</summary>
    CallerShareFull,
}
