using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Tests.Caching.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>The per-key claim (SET NX PX with a token, compare-and-delete release) against a real Redis.</summary>
public sealed class DistributedLockTests
{
    [RedisFact]
    public async Task TryAcquireAsync_KeyAlreadyClaimed_IsBusyUntilReleased()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await CacheHost.StartAsync(redis.Configuration);
        await using var b = await CacheHost.StartAsync(redis.Configuration);
        var key = AnalysisKey.For("modularity", 1);

        var first = await a.Services.GetRequiredService<DistributedLock>().TryAcquireAsync(key, CancellationToken.None);
        var second = await b.Services.GetRequiredService<DistributedLock>().TryAcquireAsync(key, CancellationToken.None);
        await first.Lease!.DisposeAsync();
        var third = await b.Services.GetRequiredService<DistributedLock>().TryAcquireAsync(key, CancellationToken.None);

        Assert.Equal(DistributedLockStatus.Acquired, first.Status);
        Assert.Equal(DistributedLockStatus.Busy, second.Status);
        Assert.Equal(DistributedLockStatus.Acquired, third.Status);
    }

    [RedisFact]
    public async Task Release_ClaimTakenOverAfterExpiry_LeavesTheNewHoldersClaim()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = await CacheHost.StartAsync(redis.Configuration);
        await using var raw = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var key = AnalysisKey.For("modularity", 2);
        var lockKey = host.Services.GetRequiredService<CacheKeyspace>().LockKey(key);
        var attempt = await host.Services.GetRequiredService<DistributedLock>().TryAcquireAsync(key, CancellationToken.None);
        // As if the claim expired mid-computation and another replica claimed the key.
        await raw.GetDatabase().StringSetAsync(lockKey, "other-replica", TimeSpan.FromMinutes(1));

        await attempt.Lease!.DisposeAsync();

        Assert.Equal("other-replica", (string?)await raw.GetDatabase().StringGetAsync(lockKey));
    }

    [RedisFact]
    public async Task TryAcquireAsync_Claimed_ExpiresAfterLockExpiry()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = await CacheHost.StartAsync(redis.Configuration, new Dictionary<string, string?> { ["Cache:LockExpiry"] = "00:00:07" });
        await using var raw = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var key = AnalysisKey.For("modularity", 3);

        await host.Services.GetRequiredService<DistributedLock>().TryAcquireAsync(key, CancellationToken.None);
        var ttl = await raw.GetDatabase().KeyTimeToLiveAsync(host.Services.GetRequiredService<CacheKeyspace>().LockKey(key));

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task TryAcquireAsync_NoRedisConfigured_IsUnavailable()
    {
        await using var host = await CacheHost.StartAsync(redis: null);

        var attempt = await host.Services.GetRequiredService<DistributedLock>().TryAcquireAsync(AnalysisKey.For("modularity", 1), CancellationToken.None);

        Assert.Equal(DistributedLockStatus.Unavailable, attempt.Status);
    }
}
