using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Tests.Caching.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>
/// The cache with no Redis configured (the embedded default): the in-process level alone. Counts come from a counting
/// computation and the cache's own meter; no test depends on timing.
/// </summary>
public sealed class AnalysisCacheTests
{
    [Fact]
    public async Task GetOrComputeAsync_SameKeyTwice_ComputesOnceThenHitsMemory()
    {
        await using var host = await CacheHost.StartAsync(redis: null);
        var computations = 0;
        var key = AnalysisKey.For("density", 3).With("projection", "Organizations");

        var first = await host.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(Interlocked.Increment(ref computations) * 0.25));
        var second = await host.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(Interlocked.Increment(ref computations) * 0.25));

        Assert.Equal(1, computations);
        Assert.Equal(0.25, first);
        Assert.Equal(0.25, second);
    }

    [Fact]
    public async Task GetOrComputeAsync_ParametersInOtherOrder_HitsTheSameEntry()
    {
        await using var host = await CacheHost.StartAsync(redis: null);
        var computations = 0;

        await host.Cache.GetOrComputeAsync(AnalysisKey.For("gaps", 1).With("a", 1).With("b", 2), Count(() => ++computations));
        await host.Cache.GetOrComputeAsync(AnalysisKey.For("gaps", 1).With("b", 2).With("a", 1), Count(() => ++computations));

        Assert.Equal(1, computations);
    }

    [Fact]
    public async Task GetOrComputeAsync_NewNetworkVersion_RecomputesAndNeverReturnsTheOldResult()
    {
        await using var host = await CacheHost.StartAsync(redis: null);
        var organizations = 10;

        var before = await host.Cache.GetOrComputeAsync(AnalysisKey.For("organizationCount", 1), _ => ValueTask.FromResult(organizations));
        organizations = 11;
        var after = await host.Cache.GetOrComputeAsync(AnalysisKey.For("organizationCount", 2), _ => ValueTask.FromResult(organizations));

        Assert.Equal(10, before);
        Assert.Equal(11, after);
    }

    [Fact]
    public async Task GetOrComputeAsync_FiftyConcurrentRequestsOnColdKey_ComputeOnce()
    {
        await using var host = await CacheHost.StartAsync(redis: null);
        using var measurements = new CacheMeasurements(host.Services);
        var key = AnalysisKey.For("betweenness", 5);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var computations = 0;

        var requests = ConcurrentRequests.Start(host, 50, key, gate, () => Interlocked.Increment(ref computations));
        // Every request has missed memory (so is on the cold path) before the computation is allowed to finish.
        await Eventually.WaitUntilAsync(() => measurements.Sum("cache.misses", "betweenness", "l1") == 50, "all 50 requests missed memory");
        gate.SetResult();
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, computations);
        Assert.All(results, result => Assert.Equal("betweenness at v5", result));
    }

    [Fact]
    public async Task GetOrComputeAsync_ComputationThrows_CallerGetsItsExceptionAndNothingIsCached()
    {
        await using var host = await CacheHost.StartAsync(redis: null);
        var key = AnalysisKey.For("eigenvector", 2);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await host.Cache.GetOrComputeAsync<double>(key, _ => throw new InvalidOperationException("did not converge")));
        var retried = await host.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(0.5));

        Assert.Equal("did not converge", error.Message);
        Assert.Equal(0.5, retried);
    }

    [Fact]
    public async Task GetOrComputeAsync_MissThenHit_CountsLookupsAndComputeTime()
    {
        await using var host = await CacheHost.StartAsync(redis: null);
        using var measurements = new CacheMeasurements(host.Services);
        var key = AnalysisKey.For("closeness", 4);

        await host.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(1));
        await host.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(1));
        await host.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(1));

        Assert.Equal(1, measurements.Sum("cache.misses", "closeness", "l1"));
        Assert.Equal(2, measurements.Sum("cache.hits", "closeness", "l1"));
        Assert.Equal(0, measurements.Sum("cache.misses", "closeness", "l2"));
        Assert.Equal(1, measurements.Count("analysis.compute.duration", "closeness"));
    }

    [Fact]
    public async Task GetOrComputeAsync_WithTheRequestsCollector_RecordsEachLookupForTheResponse()
    {
        await using var host = await CacheHost.StartAsync(redis: null);
        var stats = new CacheStatsCollector();
        var key = AnalysisKey.For("pagerank", 8).With("alpha", 0.85);

        await host.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(1), stats);
        await host.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(1), stats);

        var lookups = stats.Lookups;
        Assert.Collection(
            lookups,
            miss => Assert.Equal(("pagerank", "pagerank:v8:alpha=0.85", false, CacheLevel.None), (miss.Analysis, miss.Key, miss.Hit, miss.Level)),
            hit => Assert.Equal(("pagerank", "pagerank:v8:alpha=0.85", true, CacheLevel.Memory), (hit.Analysis, hit.Key, hit.Hit, hit.Level)));
        Assert.Equal(lookups[0].ComputeMs, lookups[1].ComputeMs);
    }

    [Fact]
    public async Task Readiness_NoRedisConfigured_IsHealthyInProcessOnly()
    {
        await using var host = await CacheHost.StartAsync(redis: null);

        var report = await host.CheckReadinessAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["cache"].Status);
        Assert.Contains("in this process only", report.Entries["cache"].Description);
    }

    [Fact]
    public async Task GetOrComputeAsync_WithoutCollector_RecordsNothingAnywhere()
    {
        await using var host = await CacheHost.StartAsync(redis: null);
        using var scope = host.Services.CreateScope();

        await host.Cache.GetOrComputeAsync(AnalysisKey.For("pagerank", 9), _ => ValueTask.FromResult(1));

        Assert.Empty(scope.ServiceProvider.GetRequiredService<CacheStatsCollector>().Lookups);
    }

    [Fact]
    public async Task StartAsync_InvalidCacheSetting_FailsNamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            CacheHost.StartAsync(redis: null, new Dictionary<string, string?> { ["Cache:RetryInterval"] = "00:00:00" }));

        Assert.Contains("Cache:RetryInterval", error.Message);
    }

    [Fact]
    public async Task StartAsync_RetryIntervalBelowPollysShortestBreak_FailsNamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            CacheHost.StartAsync(redis: null, new Dictionary<string, string?> { ["Cache:RetryInterval"] = "00:00:00.200" }));

        Assert.Contains("Cache:RetryInterval", error.Message);
    }

    [Fact]
    public async Task GetOrComputeAsync_Result_IsCountedInMemoryAtItsJsonSize()
    {
        await using var host = await CacheHost.StartAsync(redis: null);
        var key = AnalysisKey.For("overlaps", 4);
        var value = Enumerable.Range(0, 1000).Select(i => $"org-{i}").ToList();

        await host.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(value));

        // The entry is the value and its compute time, whose digits vary: {"value":[...],"computeMilliseconds":0.0123}.
        var valueBytes = SerializedSize.Of(value, long.MaxValue)!.Value;
        Assert.Equal(1, host.Cache.MemoryCount);
        Assert.InRange(host.Cache.MemoryBytes, valueBytes + 30, valueBytes + 60);
        using var measurements = new CacheMeasurements(host.Services);
        measurements.Observe();
        Assert.Equal(host.Cache.MemoryBytes, measurements.Sum("cache.memory.size"));
        Assert.Equal(1, measurements.Sum("cache.memory.entries"));
    }

    [Fact]
    public async Task GetOrComputeAsync_ResultOverAQuarterOfTheMemoryLimit_IsNotKeptAndSaysSo()
    {
        await using var host = await CacheHost.StartAsync(redis: null, new Dictionary<string, string?> { ["Cache:MemoryLimitBytes"] = "4000" });
        var key = AnalysisKey.For("reinforcement", 4);
        var computations = 0;
        Func<CancellationToken, ValueTask<string>> compute = _ => ValueTask.FromResult(new string('p', 1000 + Interlocked.Increment(ref computations)));

        await host.Cache.GetOrComputeAsync(key, compute);
        await host.Cache.GetOrComputeAsync(key, compute);

        Assert.Equal(2, computations);
        Assert.Equal(0, host.Cache.MemoryBytes);
        Assert.Equal(2, host.Logs.WithEvent(4112).Count);
    }

    [Fact]
    public async Task GetOrComputeAsync_PastTheMemoryLimit_HoldsAtMostTheLimit()
    {
        await using var host = await CacheHost.StartAsync(redis: null, new Dictionary<string, string?> { ["Cache:MemoryLimitBytes"] = "20000" });

        for (var version = 1; version <= 40; version++)
        {
            await host.Cache.GetOrComputeAsync(AnalysisKey.For("gaps", version), _ => ValueTask.FromResult(new string('g', 2000)));
        }

        Assert.InRange(host.Cache.MemoryBytes, 1, 20000);
        Assert.InRange(host.Cache.MemoryCount, 1, 9);
    }

    [Theory]
    [InlineData("Cache:MemoryLimitBytes", "-1")]
    [InlineData("Cache:MemoryMaxEntries", "-1")]
    public async Task StartAsync_NegativeMemoryBound_FailsNamingTheSetting(string setting, string value)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            CacheHost.StartAsync(redis: null, new Dictionary<string, string?> { [setting] = value }));

        Assert.Contains(setting.Split(':')[1], failure.Message, StringComparison.Ordinal);
    }

    private static Func<CancellationToken, ValueTask<int>> Count(Func<int> increment) => _ => ValueTask.FromResult(increment());
}
