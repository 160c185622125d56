using CollectiveImpact.Graph.Api.Services.Scheduling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectiveImpact.Graph.Api.Health;

/// <summary>
/// Readiness shows the analysis scheduler: workers, running, queued, rejected by reason, dropped and stopped work, and
/// the largest overrun past a deadline. Degraded while the shared queue is full (new analyses get 503), never
/// Unhealthy: lists, lookups and cached results still answer.
/// </summary>
public sealed class SchedulerHealthCheck(AnalysisScheduler scheduler) : IHealthCheck
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
        };
        var description = $"{now.Running} of {now.Workers} analysis worker(s) busy, {now.Queued} of {now.MaxQueued} queued.";
        return Task.FromResult(now.Queued >= now.MaxQueued
            ? HealthCheckResult.Degraded(description + " The queue is full: new analyses are refused (503).", data: data)
            : HealthCheckResult.Healthy(description, data));
    }
}
