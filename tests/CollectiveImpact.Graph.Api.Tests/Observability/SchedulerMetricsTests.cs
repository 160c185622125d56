using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Observability;

/// <summary>The scheduler's observable instruments, read from the in-memory exporter once an analysis ran.</summary>
[Collection(ObservabilityCollection.Name)]
public sealed class SchedulerMetricsTests
{
    [Fact]
    public async Task AfterOneAnalysis_TheGaugesShowTheWorkersAnIdleQueueAndOneCompletion_AndRejectionsByReason()
    {
        using var factory = ObservedApiFactory.With(new Dictionary<string, string?> { ["Scheduler:Workers"] = "2" });

        await factory.GraphQL().DataAsync("{ cutPoints { networkVersion } }");
        var metrics = factory.CollectMetrics();

        Assert.Equal(2, Assert.Single(metrics.Points("cig.scheduler.workers")).GetGaugeLastValueLong());
        Assert.Equal(0, Assert.Single(metrics.Points("cig.scheduler.running")).GetGaugeLastValueLong());
        Assert.Equal(0, Assert.Single(metrics.Points("cig.scheduler.queued")).GetGaugeLastValueLong());
        // Three items on a fresh host: the sample as of today (it has ended ties, so the view is not the stored network:
        // AsOfViews builds it on the scheduler), building its projection for the cache key's fingerprint (issue 14), then
        // the computation.
        Assert.Equal(3, metrics.Sum("cig.scheduler.completed"));
        Assert.Equal(
            ["caller_share_full", "queue_full", "wait_too_long"],
            metrics.Points("cig.scheduler.rejected").Select(p => (string)MetricReading.TagsOf(p)["cig.reason"]!).Order());
        Assert.Equal(0, metrics.Sum("cig.scheduler.rejected"));
    }
}
