using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// Analysis and metric results, cached in process memory (L1) and, when configured, in Redis (L2); the only way
/// resolvers and services reach either.
/// </summary>
/// <remarks>
/// <para>Never stale: keys carry the network version (<see cref="AnalysisKey"/>), so the first read after a write, in
/// any replica, asks for a key nobody has computed yet.</para>
/// <para>One computation per key at a time: in a process, HybridCache joins identical requests to one computation;
/// across replicas, the one computing holds a short Redis claim (<see cref="DistributedLock"/>), writes its result to
/// Redis before releasing it, and the others poll Redis for the result every
/// <see cref="CacheOptions.LockPollInterval"/>, taking the claim themselves if it is freed without a result, and
/// computing anyway after <see cref="CacheOptions.LockWaitTimeout"/> (a holder that died leaves a claim that expires
/// after <see cref="CacheOptions.LockExpiry"/>).</para>
/// <para>Alive without Redis: every Redis call goes through <see cref="RedisAvailability"/>; while Redis is down the
/// cache is L1 only and misses are computed directly. A failure of the cache itself (a result that cannot be read
/// back, say) is logged and the result computed directly; only the computation's own exception reaches the caller.</para>
/// </remarks>
public sealed partial class AnalysisCache
{
    /// <summary>The service key of the cache's own HybridCache and Redis-backed IDistributedCache.</summary>
    public const string ServiceKey = "CollectiveImpact.Graph.AnalysisCache";

    private static readonly HybridCacheEntryOptions MemoryProbe = new()
    {
        Flags = HybridCacheEntryFlags.DisableDistributedCache | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableUnderlyingData,
    };

    private static readonly HybridCacheEntryOptions DistributedProbe = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableDistributedCacheWrite | HybridCacheEntryFlags.DisableUnderlyingData,
    };

    private readonly HybridCache hybrid;
    private readonly DistributedLock locks;
    private readonly CacheMetrics metrics;
    private readonly IHttpContextAccessor httpContext;
    private readonly TimeProvider time;
    private readonly ILogger<AnalysisCache> logger;
    private readonly CacheOptions settings;
    private readonly bool usesRedis;
    private readonly HybridCacheEntryOptions lookup;
    private readonly HybridCacheEntryOptions distributedWrite;

    internal AnalysisCache(
        HybridCache hybrid,
        DistributedLock locks,
        RedisAvailability availability,
        CacheMetrics metrics,
        IHttpContextAccessor httpContext,
        TimeProvider time,
        IOptions<CacheOptions> options,
        ILogger<AnalysisCache> logger)
    {
        this.hybrid = hybrid;
        this.locks = locks;
        this.metrics = metrics;
        this.httpContext = httpContext;
        this.time = time;
        this.logger = logger;
        settings = options.Value;
        usesRedis = availability.IsConfigured;

        // The main lookup never writes Redis itself: the computing replica writes before releasing its claim (below),
        // because HybridCache's own write happens after callers are released, too late for waiting replicas.
        lookup = new HybridCacheEntryOptions
        {
            Expiration = settings.DistributedExpiration,
            LocalCacheExpiration = settings.MemoryExpiration,
            Flags = usesRedis ? HybridCacheEntryFlags.DisableDistributedCacheWrite : HybridCacheEntryFlags.DisableDistributedCache,
        };
        distributedWrite = new HybridCacheEntryOptions
        {
            Expiration = settings.DistributedExpiration,
            Flags = HybridCacheEntryFlags.DisableLocalCacheWrite,
        };
    }

    /// <summary>
    /// The result for <paramref name="key"/>: from memory, else from Redis, else computed by <paramref name="compute"/>
    /// (once for all concurrent callers of this key, in this replica and, with Redis, across replicas) and cached.
    /// </summary>
    /// <param name="key">The analysis, its parameters and the network version the result is for. The computation must
    /// read that version (a snapshot at <see cref="AnalysisKey.NetworkVersion"/>), or a newer one.</param>
    /// <param name="compute">Computes the result; its token is cancelled only when every caller waiting for it is.</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The result, shared with other callers: treat it as read-only.</returns>
    /// <remarks>Results must round-trip through System.Text.Json (records, lists, dictionaries, enums; no interfaces
    /// that need a concrete type to deserialize, no cycles).</remarks>
    public async ValueTask<T> GetOrComputeAsync<T>(AnalysisKey key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);

        var inMemory = await hybrid.GetOrCreateAsync<CachedAnalysis<T>?>(key.Value, NoValue<T>, MemoryProbe, cancellationToken: cancellationToken);
        if (inMemory is not null)
        {
            return Found(key, inMemory, CacheLevel.Memory);
        }

        metrics.Miss(key.Analysis, CacheLevel.Memory);
        CachedAnalysis<T> entry;
        try
        {
            entry = await hybrid.GetOrCreateAsync(
                key.Value,
                new Fill<T>(this, key, compute),
                static (fill, token) => fill.Cache.FillAsync(fill.Key, fill.Compute, token),
                lookup,
                cancellationToken: cancellationToken);
        }
        catch (ComputationFailedException failure)
        {
            ExceptionDispatchInfo.Throw(failure.InnerException!);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCacheFault(logger, ex, key.Value);
            await ForgetAsync(key);
            entry = await ComputeUnwrappedAsync(key, compute, cancellationToken);
        }

        if (entry.ComputedHere)
        {
            if (usesRedis)
            {
                metrics.Miss(key.Analysis, CacheLevel.Distributed);
            }

            Record(key, entry, CacheLevel.None);
            return entry.Value;
        }

        return Found(key, entry, CacheLevel.Distributed);
    }

    private static ValueTask<CachedAnalysis<T>?> NoValue<T>(CancellationToken token) => default;

    private T Found<T>(AnalysisKey key, CachedAnalysis<T> entry, CacheLevel level)
    {
        metrics.Hit(key.Analysis, level);
        Record(key, entry, level);
        return entry.Value;
    }

    private void Record<T>(AnalysisKey key, CachedAnalysis<T> entry, CacheLevel level) =>
        httpContext.HttpContext?.RequestServices.GetService<CacheStatsCollector>()?.Record(
            new CacheLookup(key.Analysis, key.Value, level != CacheLevel.None, level, entry.ComputeMilliseconds));

    /// <summary>Runs once per key in this process (HybridCache joins the other callers): Redis has no entry yet.</summary>
    private async ValueTask<CachedAnalysis<T>> FillAsync<T>(AnalysisKey key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken token)
    {
        if (!usesRedis)
        {
            return await ComputeAsync(key, compute, token);
        }

        var attempt = await locks.TryAcquireAsync(key, token);
        if (attempt.Status == DistributedLockStatus.Busy)
        {
            metrics.LockWait(key.Analysis);
            var waited = await WaitForOtherReplicaAsync<T>(key, token);
            if (waited.Entry is not null)
            {
                return waited.Entry;
            }

            attempt = waited.Attempt;
        }

        await using var lease = attempt.Lease;
        var entry = await ComputeAsync(key, compute, token);
        await hybrid.SetAsync(key.Value, entry, distributedWrite, cancellationToken: token);
        return entry;
    }

    /// <summary>Another replica holds the claim: poll Redis for its result, or take the claim once it is freed.</summary>
    private async ValueTask<(CachedAnalysis<T>? Entry, DistributedLockAttempt Attempt)> WaitForOtherReplicaAsync<T>(AnalysisKey key, CancellationToken token)
    {
        var deadline = time.GetTimestamp() + (long)(settings.LockWaitTimeout.TotalSeconds * time.TimestampFrequency);
        while (time.GetTimestamp() < deadline)
        {
            await Task.Delay(settings.LockPollInterval, time, token);
            var entry = await ReadDistributedAsync<T>(key, token);
            if (entry is not null)
            {
                return (entry, default);
            }

            var attempt = await locks.TryAcquireAsync(key, token);
            switch (attempt.Status)
            {
                case DistributedLockStatus.Unavailable:
                    return (null, attempt);
                case DistributedLockStatus.Acquired:
                    // The holder writes before it releases, so a result may have landed between the read and the claim.
                    entry = await ReadDistributedAsync<T>(key, token);
                    if (entry is not null)
                    {
                        await attempt.Lease!.DisposeAsync();
                        return (entry, default);
                    }

                    return (null, attempt);
            }
        }

        LogWaitedTooLong(logger, settings.LockWaitTimeout, key.Value);
        return (null, DistributedLockAttempt.Unavailable);
    }

    private async ValueTask<CachedAnalysis<T>?> ReadDistributedAsync<T>(AnalysisKey key, CancellationToken token) =>
        await hybrid.GetOrCreateAsync<CachedAnalysis<T>?>(key.Value, NoValue<T>, DistributedProbe, cancellationToken: token);

    private async ValueTask<CachedAnalysis<T>> ComputeAsync<T>(AnalysisKey key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken token)
    {
        try
        {
            return await ComputeUnwrappedAsync(key, compute, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Marks the exception as the computation's own, so the caller sees it as it was, and a cache fault is told apart.
            throw new ComputationFailedException(ex);
        }
    }

    private async ValueTask<CachedAnalysis<T>> ComputeUnwrappedAsync<T>(AnalysisKey key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken token)
    {
        var started = Stopwatch.GetTimestamp();
        var value = await compute(token);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.Computed(key.Analysis, elapsed);
        return new CachedAnalysis<T>(value, elapsed.TotalMilliseconds, time.GetUtcNow()) { ComputedHere = true };
    }

    private async ValueTask ForgetAsync(AnalysisKey key)
    {
        try
        {
            await hybrid.RemoveAsync(key.Value);
        }
        catch (Exception ex)
        {
            LogCacheFault(logger, ex, key.Value);
        }
    }

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning,
        Message = "The analysis cache failed on {Key}; the entry is dropped and the result computed directly.")]
    private static partial void LogCacheFault(ILogger logger, Exception error, string key);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning,
        Message = "Waited {Timeout} for another replica to compute {Key} without seeing its result; computing it here.")]
    private static partial void LogWaitedTooLong(ILogger logger, TimeSpan timeout, string key);

    private sealed record Fill<T>(AnalysisCache Cache, AnalysisKey Key, Func<CancellationToken, ValueTask<T>> Compute);

    private sealed class ComputationFailedException(Exception inner) : Exception(inner.Message, inner);
}
