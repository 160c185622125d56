using Microsoft.Extensions.Caching.Distributed;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// The Redis cache as HybridCache sees it: every call passes through <see cref="RedisCircuit"/>, and a failure becomes
/// a miss (reads) or a write not made, never an exception.
/// </summary>
/// <remarks>
/// HybridCache already survives L2 errors, but it logs one error per failed call (a flood during an outage) and keeps
/// sending every request to a Redis that is down, each paying the timeout. Only <see cref="IDistributedCache"/> is
/// offered, not its buffer variant: HybridCache then reads and writes byte arrays, one copy per L2 call, which is small
/// next to the Redis round trip and serialization.
/// </remarks>
internal sealed class ResilientDistributedCache(IDistributedCache inner, RedisCircuit circuit) : IDistributedCache
{
    public byte[]? Get(string key) => circuit.Execute(() => inner.Get(key), null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        circuit.ExecuteAsync(t => inner.GetAsync(key, t), null, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        circuit.Execute(() => { inner.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        circuit.ExecuteAsync(async t => { await inner.SetAsync(key, value, options, t); return true; }, false, token);

    public void Refresh(string key) => circuit.Execute(() => { inner.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        circuit.ExecuteAsync(async t => { await inner.RefreshAsync(key, t); return true; }, false, token);

    public void Remove(string key) => circuit.Execute(() => { inner.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        circuit.ExecuteAsync(async t => { await inner.RemoveAsync(key, t); return true; }, false, token);
}
