using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// Analysis results, cached in process memory (L1) and, when configured, in Redis (L2); the only way the analysis
/// runner reaches either.
/// </summary>
/// <remarks>
/// <para>Never stale: keys carry the fingerprint of what the analysis read, or the network version
/// (<see cref="AnalysisKey"/>), so the first read after a write that changed it, in any replica, asks for a key nobody
/// has computed yet; after a write that did not, the same key and the result already cached.</para>
/// <para>At most one computation per key at a time in each replica: HybridCache joins identical requests to one
/// computation. Replicas do not coordinate: with Redis, a key asked of two or three replicas at the same moment may be
/// computed once in each, never more; the result is written to Redis before the computing request returns, so every
/// later request, in any replica, finds it. For a one- or few-replica service that bounded duplication costs less than
/// a cross-replica lock, which would make every cold request poll Redis.</para>
/// <para>Alive without Redis: every Redis call goes through <see cref="RedisCircuit"/>; while Redis is down the cache
/// is L1 only and misses are computed directly. A failure of the cache itself (a result that cannot be read back, say)
/// is logged and the result computed directly; only the computation's own exception reaches the caller.</para>
/// <para>Knows nothing of HTTP: a caller that reports lookups per request passes its <see cref="CacheStatsCollector"/>.</para>
/// </remarks>
public sealed partial class AnalysisCache
{
    /// <summary>The service key of the cache's own HybridCache and Redis-backed IDistributedCache.</summary>
    public const string ServiceKey = "CollectiveImpact.Graph.AnalysisCache";

    private readonly HybridCache hybrid;
    private readonly InMemoryResults memory;
    private readonly CacheMetrics metrics;
    private readonly ILogger<AnalysisCache> logger;
    private readonly bool usesRedis;
    private readonly long maximumPayloadBytes;
    private readonly HybridCacheEntryOptions lookup;
    private readonly HybridCacheEntryOptions distributedWrite;

    public AnalysisCache(
        [FromKeyedServices(ServiceKey)] HybridCache hybrid,
        CacheMetrics metrics,
        IOptions<CacheOptions> options,
        TimeProvider time,
        ILogger<AnalysisCache> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.hybrid = hybrid;
        this.metrics = metrics;
        this.logger = logger;
        var settings = options.Value;
        usesRedis = settings.UsesRedis;
        maximumPayloadBytes = settings.MaximumPayloadBytes;
        memory = new InMemoryResults(settings, time);
        metrics.ObserveMemory(() => memory.Bytes, () => memory.Count);

        // HybridCache keeps nothing in memory (L1 is InMemoryResults, bounded in bytes): with its L1 on, it serialized
        // every result to measure it. It joins concurrent computations of a key and reads Redis. The lookup never writes
        // Redis itself: HybridCache writes after releasing its callers, so a request that returned could not count on
        // its result being in Redis. The computation writes it first (below). Without Redis nothing is serialized.
        lookup = new HybridCacheEntryOptions
        {
            Expiration = settings.DistributedExpiration,
            Flags = HybridCacheEntryFlags.DisableLocalCache
                | (usesRedis ? HybridCacheEntryFlags.DisableDistributedCacheWrite : HybridCacheEntryFlags.DisableDistributedCache),
        };
        distributedWrite = new HybridCacheEntryOptions
        {
            Expiration = settings.DistributedExpiration,
            Flags = HybridCacheEntryFlags.DisableLocalCache,
        };
    }

    /// <summary>The JSON size of the results held in process memory, in bytes (at most <see cref="CacheOptions.MemoryLimitBytes"/>).</summary>
    public long MemoryBytes => memory.Bytes;

    /// <summary>How many results are held in process memory.</summary>
    public int MemoryCount => memory.Count;

    /// <summary>Drops the expired results held in process memory (the idle trim calls it before compacting); returns how many.</summary>
    public int DropExpired() => memory.DropExpired();

    /// <summary>
    /// The result for <paramref name="key"/>: from memory, else from Redis, else computed by <paramref name="compute"/>
    /// (once for all concurrent callers of this key in this replica) and cached.
    /// </summary>
    /// <param name="key">The analysis, its parameters and what the result is for (the fingerprint of what it read, or
    /// the network version). The computation must read the version the key was built at
    /// (<see cref="AnalysisKey.NetworkVersion"/>), or a newer one with the same fingerprint.</param>
    /// <param name="compute">Computes the result; its token is cancelled only when every caller waiting for it is.</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The result, shared with other callers: treat it as read-only.</returns>
    /// <remarks>Results must round-trip through System.Text.Json (records, lists, dictionaries, enums; no interfaces
    /// that need a concrete type to deserialize, no cycles).</remarks>
    public ValueTask<T> GetOrComputeAsync<T>(AnalysisKey key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken cancellationToken = default) =>
        GetOrComputeAsync(key, compute, stats: null, cancellationToken);

    /// <summary>
    /// As <see cref="GetOrComputeAsync{T}(AnalysisKey, Func{CancellationToken, ValueTask{T}}, CancellationToken)"/>, and
    /// records where the result came from in <paramref name="stats"/> (the request's record, for the response).
    /// </summary>
    public async ValueTask<T> GetOrComputeAsync<T>(
        AnalysisKey key, Func<CancellationToken, ValueTask<T>> compute, CacheStatsCollector? stats, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);

        if (memory.TryGet<CachedAnalysis<T>>(key.Value, out var inMemory))
        {
            return Found(key, inMemory, CacheLevel.Memory, stats);
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

        if (!entry.ComputedHere)
        {
            // Read from Redis: callers joined on this read share the instance; one keeps it.
            if (memory.Enabled && !memory.Holds(key.Value, entry))
            {
                var measuring = Stopwatch.GetTimestamp();
                Keep(key, entry, SerializedSize.Of(entry, memory.LargestEntryBytes), Stopwatch.GetElapsedTime(measuring));
            }

            return Found(key, entry, CacheLevel.Distributed, stats);
        }

        if (usesRedis)
        {
            metrics.Miss(key.Analysis, CacheLevel.Distributed);
        }

        stats?.Record(Lookup(key, entry, CacheLevel.None));
        return entry.Value;
    }

    private static CacheLookup Lookup<T>(AnalysisKey key, CachedAnalysis<T> entry, CacheLevel level) =>
        new(key.Analysis, key.Value, level != CacheLevel.None, level, entry.ComputeMilliseconds);

    private T Found<T>(AnalysisKey key, CachedAnalysis<T> entry, CacheLevel level, CacheStatsCollector? stats)
    {
        metrics.Hit(key.Analysis, level);
        stats?.Record(Lookup(key, entry, level));
        return entry.Value;
    }

    /// <summary>Runs once per key in this process (HybridCache joins the other callers): Redis has no entry yet.</summary>
    private async ValueTask<CachedAnalysis<T>> FillAsync<T>(AnalysisKey key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken token)
    {
        CachedAnalysis<T> entry;
        try
        {
            entry = await ComputeUnwrappedAsync(key, compute, token);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && token.IsCancellationRequested))
        {
            // Marks the exception as the computation's own, so the caller sees it as it was, and a cache fault is told apart.
            throw new ComputationFailedException(ex);
        }

        var measuring = Stopwatch.GetTimestamp();
        var size = memory.Enabled || usesRedis ? SerializedSize.Of(entry, Math.Max(memory.LargestEntryBytes, usesRedis ? maximumPayloadBytes : 0)) : null;
        Keep(key, entry, size, Stopwatch.GetElapsedTime(measuring));
        if (usesRedis)
        {
            if (size <= maximumPayloadBytes)
            {
                await hybrid.SetAsync(key.Value, entry, distributedWrite, cancellationToken: token);
            }
            else
            {
                LogTooLargeForRedis(logger, key.Value, maximumPayloadBytes >> 20);
            }
        }

        return entry;
    }

    /// <summary>Keeps a result in process memory when its JSON size (null: over the limit it was measured to) allows.</summary>
    private void Keep<T>(AnalysisKey key, CachedAnalysis<T> entry, long? size, TimeSpan measured)
    {
        if (!memory.Enabled)
        {
            return;
        }

        if (size is { } bytes && memory.Set(key.Value, entry, bytes))
        {
            LogKept(logger, key.Value, bytes, measured.TotalMilliseconds, memory.Bytes >> 20);
        }
        else
        {
            LogNotKept(logger, key.Value, size ?? -1, memory.LargestEntryBytes >> 20);
        }
    }

    private async ValueTask<CachedAnalysis<T>> ComputeUnwrappedAsync<T>(AnalysisKey key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken token)
    {
        var started = Stopwatch.GetTimestamp();
        var value = await compute(token);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.Computed(key.Analysis, elapsed);
        return new CachedAnalysis<T>(value, elapsed.TotalMilliseconds) { ComputedHere = true };
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

    [LoggerMessage(EventId = 4111, Level = LogLevel.Debug,
        Message = "Kept {Key} in process memory: {Bytes} bytes as JSON (counted in {CountMs:0.0} ms); {TotalMiB} MiB held.")]
    private static partial void LogKept(ILogger logger, string key, long bytes, double countMs, long totalMiB);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning,
        Message = "{Key} is not kept in process memory ({Bytes} bytes as JSON, -1: over the limit; the largest kept is {LargestMiB} MiB, a quarter of Cache:MemoryLimitBytes): every request for it computes it again.")]
    private static partial void LogNotKept(ILogger logger, string key, long bytes, long largestMiB);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Information,
        Message = "{Key} is over Cache:MaximumPayloadBytes ({LimitMiB} MiB) as JSON: kept in this process's memory only, not written to Redis.")]
    private static partial void LogTooLargeForRedis(ILogger logger, string key, long limitMiB);

    private sealed record Fill<T>(AnalysisCache Cache, AnalysisKey Key, Func<CancellationToken, ValueTask<T>> Compute);

    private sealed class ComputationFailedException(Exception inner) : Exception(inner.Message, inner);
}
