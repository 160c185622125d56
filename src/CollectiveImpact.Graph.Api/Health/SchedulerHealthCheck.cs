using CollectiveImpact.Graph.Api.Services.Jobs;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectiveImpact.Graph.Api.Health;

/// <summary>
/// Readiness shows the analysis scheduler: workers, running, queued, rejected by reason, dropped and stopped work, and
/// the largest overrun past a deadline, and the background jobs by state. Degraded while the shared queue is full (new analyses get 503), never
/// Unhealthy: lists, lookups and cached results still answer.
/// </summary>
public sealed class SchedulerHealthCheck(AnalysisScheduler scheduler, AnalysisJobs jobs) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = scheduler.Snapshot();
        var data = new Dictionary<string, object>
        {
            ["workers"] = now.Workers,
            ["running"] = now.Running,
            ["queued"] = now.Queued,
            ["maxQueued"] = now.MaxQueued,
            ["maxQueuedPerCaller"] = now.MaxQueuedPerCaller,
            ["completed"] = now.Completed,
            ["droppedBeforeStart"] = now.DroppedBeforeStart,
            ["stoppedWhileRunning"] = now.StoppedWhileRunning,
            ["rejected"] = new Dictionary<string, long>
            {
                ["queueFull"] = now.RejectedQueueFull,
                ["waitTooLong"] = now.RejectedWaitTooLong,
                ["callerShare"] = now.RejectedCallerShare,
            },
            ["meanComputeMs"] = Math.Round(now.MeanCompute.TotalMilliseconds, 1),
            ["maxOverrunMs"] = Math.Round(now.MaxOverrun.TotalMilliseconds, 1),
            ["jobs"] = Jobs(jobs.Snapshot()),
        };
        var description = $"{now.Running} of {now.Workers} analysis worker(s) busy, {now.Queued} of {now.MaxQueued} queued.";
        return Task.FromResult(now.Queued >= now.MaxQueued
            ? HealthCheckResult.Degraded(description + " The queue is full: new analyses are refused (503).", data: data)
            : HealthCheckResult.Healthy(description, data));
    }

    /// <summary>The background jobs: their workers, the jobs remembered by state, and the counters since the start.</summary>
    private static Dictionary<string, object> Jobs(JobsSnapshot jobs) => new()
    {
        ["workers"] = jobs.Workers,
        ["maxQueued"] = jobs.MaxQueued,
        ["byState"] = jobs.ByState.ToDictionary(p => JobStateName(p.Key), p => p.Value),
        ["started"] = jobs.Started,
        ["finished"] = jobs.Finished.ToDictionary(p => JobStateName(p.Key), p => p.Value),
        ["rejected"] = jobs.Rejected,
    };

    /// <summary>The state as the schema spells it (RUNNING), so /readyz and the API read alike.</summary>
    internal static string JobStateName(JobState state) => state.ToString().ToUpperInvariant();
}
