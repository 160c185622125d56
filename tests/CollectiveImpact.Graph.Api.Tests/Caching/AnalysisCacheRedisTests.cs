using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Tests.Caching.Support;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>
/// The cache with a real Redis (a throwaway redis-server per test): two <see cref="CacheHost"/>s on one Redis are two
/// replicas. Counts come from counting computations, the cache meter and the logs; waits are bounded, never timed.
/// </summary>
public sealed class AnalysisCacheRedisTests
{
    [RedisFact]
    public async Task GetOrComputeAsync_OtherReplicaComputedIt_HitsRedisWithoutComputing()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await CacheHost.StartAsync(redis.Configuration);
        await using var b = await CacheHost.StartAsync(redis.Configuration);
        using var measurements = new CacheMeasurements(b.Services);
        var key = AnalysisKey.For("harmonic", 12).With("projection", "Full");
        var computations = 0;

        var computed = await a.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(new Scores([0.5, double.NaN], Interlocked.Increment(ref computations))));
        var shared = await b.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(new Scores([], Interlocked.Increment(ref computations))));

        Assert.Equal(1, computations);
        Assert.Equal(computed.Values, shared.Values);
        Assert.Equal(1, measurements.Sum("cache.hits", "harmonic", "l2"));
    }

    [RedisFact]
    public async Task GetOrComputeAsync_WriteOnOneReplica_OtherReplicaNeverReturnsTheOlderResult()
    {
        await using var redis = await RedisServer.StartAsync();
        var database = Path.Combine(Directory.CreateTempSubdirectory("cig-cache-").FullName, "network.db");
        await using var a = await CacheHost.StartAsync(redis.Configuration, databasePath: database);
        await using var b = await CacheHost.StartAsync(redis.Configuration, databasePath: database);
        var storeA = a.Services.GetRequiredService<INetworkStore>();
        await storeA.WriteAsync(NetworkChange.Replace(NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = 10 })));
        var computationsB = 0;

        var before = await CountOrganizationsAsync(b, () => computationsB++);
        var again = await CountOrganizationsAsync(b, () => computationsB++);
        var written = await storeA.WriteAsync(NetworkChange.Merge(Network.Empty with { Organizations = [new Organization("org-new", "New partner")] }));
        var after = await CountOrganizationsAsync(b, () => computationsB++);
        var seenByA = await CountOrganizationsAsync(a, () => { });

        Assert.Equal(10, before);
        Assert.Equal(10, again);
        Assert.Equal(11, after);
        Assert.Equal(11, seenByA);
        Assert.Equal(2, computationsB);
        Assert.Equal(written.Version, await b.Services.GetRequiredService<INetworkStore>().GetVersionAsync());
    }

    [RedisFact]
    public async Task GetOrComputeAsync_FiftyConcurrentRequestsOnOneReplica_ComputeOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = await CacheHost.StartAsync(redis.Configuration);
        using var measurements = new CacheMeasurements(host.Services);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var computations = 0;

        var requests = ConcurrentRequests.Start(host, 50, AnalysisKey.For("constraint", 3), gate, () => Interlocked.Increment(ref computations));
        await Eventually.WaitUntilAsync(() => measurements.Sum("cache.misses", "constraint", "l1") == 50, "all 50 requests missed memory");
        gate.SetResult();
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, computations);
        Assert.All(results, result => Assert.Equal("constraint at v3", result));
    }

    /// <summary>
    /// Replicas do not coordinate (no cross-replica lock, see <see cref="AnalysisCache"/>): a cold key asked of two
    /// replicas at once is computed at most once in each, and the first result written to Redis serves every later
    /// request in any replica.
    /// </summary>
    [RedisFact]
    public async Task GetOrComputeAsync_FiftyConcurrentRequestsAcrossTwoReplicas_ComputeAtMostOncePerReplica()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await CacheHost.StartAsync(redis.Configuration);
        await using var b = await CacheHost.StartAsync(redis.Configuration);
        using var measurements = new CacheMeasurements(a.Services, b.Services);
        var key = AnalysisKey.For("louvain", 6).With("seed", 42);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var computationsA = 0;
        var computationsB = 0;

        var requests = ConcurrentRequests.Start(a, 25, key, gate, () => Interlocked.Increment(ref computationsA))
            .Concat(ConcurrentRequests.Start(b, 25, key, gate, () => Interlocked.Increment(ref computationsB)))
            .ToList();
        await Eventually.WaitUntilAsync(() => measurements.Sum("cache.misses", "louvain", "l1") == 50, "all 50 requests missed memory");
        gate.SetResult();
        var results = await Task.WhenAll(requests);
        await using var c = await CacheHost.StartAsync(redis.Configuration);
        var later = await c.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult("computed again"));

        Assert.InRange(computationsA, 0, 1);
        Assert.InRange(computationsB, 0, 1);
        Assert.InRange(computationsA + computationsB, 1, 2);
        Assert.All(results, result => Assert.Equal("louvain at v6", result));
        Assert.Equal("louvain at v6", later);
    }

    [RedisFact]
    public async Task GetOrComputeAsync_RedisStoppedThenRestarted_AnswersThroughoutLogsOnceAndRecovers()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await CacheHost.StartAsync(redis.Configuration);
        await using var b = await CacheHost.StartAsync(redis.Configuration);
        using var measurements = new CacheMeasurements(b.Services);
        Assert.Equal(HealthStatus.Healthy, (await a.CheckReadinessAsync()).Entries["cache"].Status);
        Assert.Equal(1, await a.Cache.GetOrComputeAsync(AnalysisKey.For("count", 1), _ => ValueTask.FromResult(1)));

        await redis.StopAsync();
        var answers = new List<int>();
        for (var version = 2; version <= 30; version++)
        {
            var expected = version;
            answers.Add(await a.Cache.GetOrComputeAsync(AnalysisKey.For("count", version), _ => ValueTask.FromResult(expected)));
        }

        var remembered = await a.Cache.GetOrComputeAsync(AnalysisKey.For("count", 1), _ => ValueTask.FromResult(-1));
        var duringOutage = await a.CheckReadinessAsync();

        Assert.Equal(Enumerable.Range(2, 29), answers);
        Assert.Equal(1, remembered);
        Assert.Equal(HealthStatus.Degraded, duringOutage.Status);
        Assert.Equal(HealthStatus.Degraded, duringOutage.Entries["cache"].Status);
        var outage = Assert.Single(CacheWarnings(a));
        Assert.Equal(4100, outage.EventId);

        await redis.RestartAsync();
        await Eventually.WaitUntilAsync(
            async () => (await a.CheckReadinessAsync()).Entries["cache"].Status == HealthStatus.Healthy, "replica A sees Redis again");
        var recovery = Assert.Single(a.Logs.WithEvent(4101));
        Assert.Equal(LogLevel.Information, recovery.Level);
        var key = AnalysisKey.For("count", 31);
        await a.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(31));
        await Eventually.WaitUntilAsync(
            async () => await b.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(-31)) == 31 && measurements.Sum("cache.hits", "count", "l2") >= 1,
            "replica B finds A's result in Redis");
        Assert.Single(CacheWarnings(a));
    }

    [RedisFact]
    public async Task GetOrComputeAsync_RedisRestarted_RecoversThroughRequestsAloneWithoutReadinessChecks()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await CacheHost.StartAsync(redis.Configuration);
        await redis.StopAsync();
        await a.Cache.GetOrComputeAsync(AnalysisKey.For("count", 1), _ => ValueTask.FromResult(1));
        // The failed Redis write behind the answer may end, and be logged, just after the answer comes back.
        await Eventually.WaitUntilAsync(() => a.Logs.WithEvent(4100).Count > 0, "the outage is logged");
        Assert.Single(a.Logs.WithEvent(4100));

        await redis.RestartAsync();
        var version = 1;
        await Eventually.WaitUntilAsync(
            async () =>
            {
                var next = ++version;
                await a.Cache.GetOrComputeAsync(AnalysisKey.For("count", next), _ => ValueTask.FromResult(next));
                return a.Logs.WithEvent(4101).Count == 1;
            },
            "a request probes Redis again and closes the circuit");
        var key = AnalysisKey.For("count", 1000);
        await a.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(1000));
        await using var b = await CacheHost.StartAsync(redis.Configuration);
        using var measurements = new CacheMeasurements(b.Services);
        var fromRedis = await b.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(-1));

        Assert.Equal(1000, fromRedis);
        Assert.Equal(1, measurements.Sum("cache.hits", "count", "l2"));
        Assert.Single(CacheWarnings(a));
    }

    [RedisFact]
    public async Task GetOrComputeAsync_RedisDownFromTheStart_AnswersAndReportsDegraded()
    {
        await using var redis = await RedisServer.StartAsync();
        await redis.StopAsync();
        await using var host = await CacheHost.StartAsync(redis.Configuration);

        var first = await host.Cache.GetOrComputeAsync(AnalysisKey.For("count", 1), _ => ValueTask.FromResult(1));
        var second = await host.Cache.GetOrComputeAsync(AnalysisKey.For("count", 2), _ => ValueTask.FromResult(2));
        var report = await host.CheckReadinessAsync();

        Assert.Equal((1, 2), (first, second));
        Assert.Equal(HealthStatus.Degraded, report.Entries["cache"].Status);
        Assert.Equal(4100, Assert.Single(CacheWarnings(host)).EventId);
    }

    [RedisFact]
    public async Task GetOrComputeAsync_RedisEntryUnreadableAsThisType_ComputesLogsAndReplacesIt()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await CacheHost.StartAsync(redis.Configuration);
        await using var b = await CacheHost.StartAsync(redis.Configuration);
        var key = AnalysisKey.For("diameter", 3);
        await a.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult("not a number"));
        var computations = 0;

        var first = await b.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(++computations * 4));
        var second = await b.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(++computations * 4));
        var third = await b.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(++computations * 4));

        Assert.Equal((4, 8, 8), (first, second, third));
        Assert.Single(b.Logs.WithEvent(4110));
    }

    [RedisFact]
    public async Task GetOrComputeAsync_HitInRedis_RecordsLevelL2ForTheResponse()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await CacheHost.StartAsync(redis.Configuration);
        await using var b = await CacheHost.StartAsync(redis.Configuration);
        var key = AnalysisKey.For("density", 4);
        await a.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(0.1));
        var stats = new CacheStatsCollector();

        await b.Cache.GetOrComputeAsync(key, _ => ValueTask.FromResult(0.2), stats);

        var lookup = Assert.Single(stats.Lookups);
        Assert.Equal((true, CacheLevel.Distributed, "density:v4:"), (lookup.Hit, lookup.Level, lookup.Key));
    }

    /// <summary>
    /// Warnings and errors from everything but the health check service, which logs its own warning on every readiness
    /// check that is not Healthy (framework behaviour, per poll, not per request).
    /// </summary>
    private static List<RecordedLog> CacheWarnings(CacheHost host) =>
        host.Logs.AtLeast(LogLevel.Warning)
            .Where(entry => !entry.Category.StartsWith("Microsoft.Extensions.Diagnostics.HealthChecks", StringComparison.Ordinal))
            .ToList();

    private static async Task<int> CountOrganizationsAsync(CacheHost host, Action computed)
    {
        var store = host.Services.GetRequiredService<INetworkStore>();
        var version = await store.GetVersionAsync();
        return await host.Cache.GetOrComputeAsync(AnalysisKey.For("organizationCount", version), async token =>
        {
            computed();
            var snapshot = await store.ReadSnapshotAsync(token);
            return snapshot.Network.Organizations.Count;
        });
    }

    /// <summary>A result record with a NaN, as analyses produce, to prove it survives the trip through Redis.</summary>
    public sealed record Scores(IReadOnlyList<double> Values, int Computation);
}
