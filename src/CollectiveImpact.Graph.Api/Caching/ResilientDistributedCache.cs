using System.Buffers;
using Microsoft.Extensions.Caching.Distributed;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// The Redis cache as HybridCache sees it: every call passes through <see cref="RedisAvailability"/>, and a failure
/// becomes a miss (reads) or a write not made, never an exception.
/// </summary>
/// <remarks>
/// HybridCache already survives L2 errors, but it logs one error per failed call (a flood during an outage) and
/// keeps sending every request to a Redis that is down, each paying the timeout. Here a failure opens the circuit
/// (logged once), and while it is open calls return at once without touching Redis.
/// </remarks>
internal sealed class ResilientDistributedCache : IBufferDistributedCache
{
    private readonly IDistributedCache inner;
    private readonly IBufferDistributedCache? innerBuffers;
    private readonly RedisAvailability availability;

    public ResilientDistributedCache(IDistributedCache inner, RedisAvailability availability)
    {
        this.inner = inner;
        innerBuffers = inner as IBufferDistributedCache;
        this.availability = availability;
    }

    public byte[]? Get(string key) => Guard(() => inner.Get(key), null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        GuardAsync(() => inner.GetAsync(key, token), null, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Guard(() => { inner.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.SetAsync(key, value, options, token); return true; }, false, token);

    public void Refresh(string key) => Guard(() => { inner.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.RefreshAsync(key, token); return true; }, false, token);

    public void Remove(string key) => Guard(() => { inner.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.RemoveAsync(key, token); return true; }, false, token);

    public bool TryGet(string key, IBufferWriter<byte> destination)
    {
        if (innerBuffers is null)
        {
            var bytes = Get(key);
            if (bytes is null)
            {
                return false;
            }

            destination.Write(bytes);
            return true;
        }

        return Guard(() => innerBuffers.TryGet(key, destination), false);
    }

    public async ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default)
    {
        if (innerBuffers is null)
        {
            var bytes = await GetAsync(key, token);
            if (bytes is null)
            {
                return false;
            }

            destination.Write(bytes);
            return true;
        }

        return await GuardAsync(async () => await innerBuffers.TryGetAsync(key, destination, token), false, token);
    }

    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options)
    {
        if (innerBuffers is null)
        {
            Set(key, value.ToArray(), options);
            return;
        }

        Guard(() => { innerBuffers.Set(key, value, options); return true; }, false);
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        if (innerBuffers is null)
        {
            await SetAsync(key, value.ToArray(), options, token);
            return;
        }

        await GuardAsync(async () => { await innerBuffers.SetAsync(key, value, options, token); return true; }, false, token);
    }

    private T Guard<T>(Func<T> operation, T fallback)
    {
        if (!availability.TryEnter())
        {
            return fallback;
        }

        try
        {
            var result = operation();
            availability.ReportSuccess();
            return result;
        }
        catch (Exception ex)
        {
            availability.ReportFailure(ex);
            return fallback;
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> operation, T fallback, CancellationToken token)
    {
        if (!availability.TryEnter())
        {
            return fallback;
        }

        try
        {
            var result = await operation();
            availability.ReportSuccess();
            return result;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            availability.ReportFailure(ex);
            return fallback;
        }
    }
}
