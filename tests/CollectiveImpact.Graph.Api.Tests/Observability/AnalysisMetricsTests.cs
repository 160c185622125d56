using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Observability;

/// <summary>The analyses' and the cache's instruments after two identical analysis requests on a host of the test's own.</summary>
[Collection(ObservabilityCollection.Name)]
public sealed class AnalysisMetricsTests
{
    [Fact]
    public async Task TwoIdenticalAnalysisRequests_RecordOneComputationThenAMemoryHit()
    {
        using var factory = new ObservedApiFactory();
        var client = factory.GraphQL();

        await client.DataAsync("{ centrality(measure: DEGREE) { networkVersion } }");
        var afterFirst = factory.CollectMetrics();
        await client.DataAsync("{ centrality(measure: DEGREE) { networkVersion } }");
        var afterSecond = factory.CollectMetrics();

        Assert.Equal(0, afterFirst.Sum("cig.cache.hits", ("analysis", "centrality"), ("level", "l1")));
        Assert.Equal(1, afterSecond.Sum("cig.cache.hits", ("analysis", "centrality"), ("level", "l1")));
        Assert.Equal(1, afterSecond.Sum("cig.cache.misses", ("analysis", "centrality"), ("level", "l1")));
        Assert.Equal(1, afterSecond.HistogramCount("cig.analysis.compute.duration", ("cig.analysis", "centrality"), ("cig.projection", "organizations"), ("cig.outcome", "ok")));
        Assert.Equal(1, afterSecond.HistogramCount("cig.analysis.queue.duration", ("cig.analysis", "centrality")));
        Assert.Equal(1, afterSecond.HistogramCount("cig.cache.fill.duration", ("analysis", "centrality")));
        Assert.Equal(1, afterSecond.Sum("cig.analysis.runs", ("cig.analysis", "centrality"), ("cig.cache.level", "none"), ("cig.outcome", "ok")));
        Assert.Equal(1, afterSecond.Sum("cig.analysis.runs", ("cig.analysis", "centrality"), ("cig.cache.level", "l1"), ("cig.outcome", "ok")));
    }
}
