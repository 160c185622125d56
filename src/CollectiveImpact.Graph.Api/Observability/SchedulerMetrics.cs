using System.Diagnostics.Metrics;
using CollectiveImpact.Graph.Api.Services.Jobs;
using CollectiveImpact.Graph.Api.Services.Scheduling;

namespace CollectiveImpact.Graph.Api.Observability;

/// <summary>
/// The analysis scheduler's queue as observable instruments, read from <see cref="AnalysisScheduler.Snapshot"/> when a
/// reader collects: nothing is added to the scheduler's own path.
/// </summary>
public sealed class SchedulerMetrics
{
    public SchedulerMetrics(IMeterFactory meterFactory, AnalysisScheduler scheduler, AnalysisJobs jobs)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(scheduler);
        var meter = meterFactory.Create(ApiTelemetry.Name);
        meter.CreateObservableGauge("cig.scheduler.workers", () => scheduler.Workers, "{worker}", "Dedicated analysis worker threads.");
        meter.CreateObservableGauge("cig.scheduler.running", () => scheduler.Snapshot().Running, "{analysis}", "Analyses on a worker now.");
        meter.CreateObservableGauge("cig.scheduler.queued", () => scheduler.Snapshot().Queued, "{analysis}", "Analyses waiting for a worker.");
        meter.CreateObservableCounter("cig.scheduler.completed", () => scheduler.Snapshot().Completed, "{analysis}",
            "Analyses that ran to the end (a result or the analysis's own error).");
        meter.CreateObservableCounter("cig.scheduler.rejected", () => Rejected(scheduler.Snapshot()), "{analysis}",
            "Analyses refused, by reason: queue_full, wait_too_long, caller_share_full.");
        meter.CreateObservableCounter("cig.scheduler.abandoned", () => Abandoned(scheduler.Snapshot()), "{analysis}",
            "Analyses whose waiters all left, by when: before_start (dropped) or while_running (told to stop).");
        ArgumentNullException.ThrowIfNull(jobs);
        meter.CreateObservableGauge("cig.jobs", () => JobsByState(jobs.Snapshot()), "{job}",
            "Background analysis jobs remembered now, by state: queued, running, succeeded, failed, cancelled, expired.");
        meter.CreateObservableCounter("cig.jobs.finished", () => JobsFinished(jobs.Snapshot()), "{job}",
            "Background analysis jobs that reached a final state since the start, by state.");
    }

    private static IEnumerable<Measurement<int>> JobsByState(JobsSnapshot snapshot) =>
        snapshot.ByState.Select(p => new Measurement<int>(p.Value, new KeyValuePair<string, object?>("cig.job.state", p.Key.ToString().ToLowerInvariant())));

    private static IEnumerable<Measurement<long>> JobsFinished(JobsSnapshot snapshot) =>
        snapshot.Finished.Select(p => new Measurement<long>(p.Value, new KeyValuePair<string, object?>("cig.job.state", p.Key.ToString().ToLowerInvariant())));

    private static Measurement<long>[] Rejected(SchedulerSnapshot snapshot) =>
    [
        new(snapshot.RejectedQueueFull, new KeyValuePair<string, object?>("cig.reason", "queue_full")),
        new(snapshot.RejectedWaitTooLong, new KeyValuePair<string, object?>("cig.reason", "wait_too_long")),
        new(snapshot.RejectedCallerShare, new KeyValuePair<string, object?>("cig.reason", "caller_share_full")),
    ];

    private static Measurement<long>[] Abandoned(SchedulerSnapshot snapshot) =>
    [
        new(snapshot.DroppedBeforeStart, new KeyValuePair<string, object?>("cig.when", "before_start")),
        new(snapshot.StoppedWhileRunning, new KeyValuePair<string, object?>("cig.when", "while_running")),
    ];
}
