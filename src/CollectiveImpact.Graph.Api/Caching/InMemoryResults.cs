namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// The analysis cache's process-memory level (L1): results by key, bounded by <see cref="CacheOptions.MemoryLimitBytes"/>
/// (each result counted at its JSON size, <see cref="SerializedSize"/>) and by <see cref="CacheOptions.MemoryMaxEntries"/>,
/// least recently used dropped first, each kept at most <see cref="CacheOptions.MemoryExpiration"/>.
/// </summary>
/// <remarks>
/// <para>Why not HybridCache's own L1: it measures every result it keeps by serializing it into pooled buffers (its
/// memory cache might enforce a size limit), which the shared array pool then held past the idle trim, and it puts no
/// bound on the total (the shared <c>IMemoryCache</c> has no size limit). Here the total is bounded and counted
/// (<see cref="Bytes"/>), and no bytes are kept.</para>
/// <para>A result over a quarter of the limit is not kept (<see cref="BoundedCache{TKey, TValue}"/>): one huge result
/// must not flush every other. Expired results are dropped when read, when a result is added, and by
/// <see cref="DropExpired"/> (the idle trim calls it before compacting, so what they held is returned).</para>
/// </remarks>
internal sealed class InMemoryResults(CacheOptions settings, TimeProvider time)
{
    private readonly BoundedCache<string, Held> results = new(() => settings.MemoryMaxEntries, () => settings.MemoryLimitBytes, StringComparer.Ordinal);

    public int Count => results.Count;

    /// <summary>False when <c>Cache:MemoryLimitBytes</c> or <c>Cache:MemoryMaxEntries</c> is 0: nothing is kept.</summary>
    public bool Enabled => settings.MemoryLimitBytes > 0 && settings.MemoryMaxEntries > 0;

    /// <summary>The JSON size of the results held, in bytes.</summary>
    public long Bytes => results.Bytes;

    /// <summary>The largest result kept: a quarter of <see cref="CacheOptions.MemoryLimitBytes"/>.</summary>
    public long LargestEntryBytes => settings.MemoryLimitBytes / 4;

    public bool TryGet<T>(string key, out T value)
        where T : class
    {
        if (results.TryGet(key, out var held) && held.Value is T found)
        {
            if (held.ExpiresAt > time.GetUtcNow())
            {
                value = found;
                return true;
            }

            results.Remove(key, held);
        }

        value = null!;
        return false;
    }

    /// <summary>Whether <paramref name="key"/> holds this very instance (joined callers share one).</summary>
    public bool Holds(string key, object value) => results.TryGet(key, out var held) && ReferenceEquals(held.Value, value);

    /// <summary>Keeps <paramref name="value"/>, of <paramref name="size"/> JSON bytes; false when it is too large or L1 is off.</summary>
    public bool Set(string key, object value, long size)
    {
        if (!Enabled)
        {
            return false;
        }

        DropExpired();
        return results.Set(key, new Held(value, time.GetUtcNow() + settings.MemoryExpiration), size);
    }

    /// <summary>Drops every expired result; returns how many.</summary>
    public int DropExpired()
    {
        var now = time.GetUtcNow();
        return results.RemoveWhere(held => held.ExpiresAt <= now);
    }

    private sealed record Held(object Value, DateTimeOffset ExpiresAt);
}
