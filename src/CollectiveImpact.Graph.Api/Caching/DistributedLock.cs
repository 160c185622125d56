using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// A short per-key claim in Redis, so that of several replicas asked for the same cold key only one computes it.
/// </summary>
/// <remarks>
/// <para>Acquire: <c>SET {prefix}lock:{key} {token} NX PX {LockExpiry}</c> with a random token. Release: a Lua script
/// that deletes the key only if it still holds this token, so a holder whose claim expired (and was taken by another)
/// never deletes the newer claim.</para>
/// <para>This is a best-effort stampede guard, not a mutual-exclusion guarantee: correctness never depends on it,
/// because every replica computing the same key at the same version computes the same result. A claim can at worst
/// make others wait (bounded by <see cref="CacheOptions.LockWaitTimeout"/>) or, if it expires mid-computation, let a
/// second replica compute too. It goes through <see cref="RedisAvailability"/> like every other Redis call.</para>
/// </remarks>
internal sealed class DistributedLock(RedisConnection connection, RedisAvailability availability, CacheKeyspace keyspace, IOptions<CacheOptions> options)
{
    private const string ReleaseScript = """
        if redis.call('get', KEYS[1]) == ARGV[1] then
            return redis.call('del', KEYS[1])
        end
        return 0
        """;

    private readonly TimeSpan expiry = options.Value.LockExpiry;

    /// <summary>Tries to claim <paramref name="key"/> for computing: acquired, held by another replica, or Redis unavailable.</summary>
    public async ValueTask<DistributedLockAttempt> TryAcquireAsync(AnalysisKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!availability.TryEnter())
        {
            return DistributedLockAttempt.Unavailable;
        }

        var redisKey = new RedisKey(keyspace.LockKey(key));
        var token = Guid.NewGuid().ToString("N");
        try
        {
            var database = (await connection.GetAsync()).GetDatabase();
            var acquired = await database.StringSetAsync(redisKey, token, expiry, When.NotExists);
            availability.ReportSuccess();
            return acquired ? DistributedLockAttempt.Acquired(new DistributedLockLease(this, redisKey, token)) : DistributedLockAttempt.Busy;
        }
        catch (Exception ex)
        {
            availability.ReportFailure(ex);
            return DistributedLockAttempt.Unavailable;
        }
    }

    /// <summary>Deletes the claim if it still holds <paramref name="token"/>; a failure only leaves it to expire.</summary>
    internal async Task ReleaseAsync(RedisKey redisKey, string token)
    {
        if (!availability.TryEnter())
        {
            return;
        }

        try
        {
            var database = (await connection.GetAsync()).GetDatabase();
            await database.ScriptEvaluateAsync(ReleaseScript, [redisKey], [token]);
            availability.ReportSuccess();
        }
        catch (Exception ex)
        {
            availability.ReportFailure(ex);
        }
    }
}
