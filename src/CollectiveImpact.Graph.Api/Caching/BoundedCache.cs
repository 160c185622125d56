using System.Collections.Concurrent;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// A process-memory map bounded by entries and by bytes (each value's size is given when it is set): past either
/// bound the least recently used entries are dropped down to 90% of both. Lookups take no lock; writes take one, and
/// an eviction is O(n log n) in the entries, amortized over the tenth it frees. Used for parsed documents
/// (<see cref="GraphQL.Documents.DocumentCache"/>), whole responses (<see cref="GraphQL.Http.ResponseCache"/>) and
/// analysis results (<see cref="InMemoryResults"/>).
/// </summary>
public sealed class BoundedCache<TKey, TValue>(Func<int> maxEntries, Func<long> maxBytes, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, Slot> entries = new(comparer);
    private readonly Lock writing = new();
    private long clock;
    private long bytes;

    public int Count => entries.Count;

    /// <summary>The bytes the held values were said to take.</summary>
    public long Bytes => Interlocked.Read(ref bytes);

    public bool TryGet(TKey key, out TValue value)
    {
        if (entries.TryGetValue(key, out var slot))
        {
            slot.Touch(Interlocked.Increment(ref clock));
            value = slot.Value;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>
    /// Adds or replaces the value of <paramref name="key"/>, unless the cache is off (no entries allowed) or the value
    /// alone is over a quarter of the bytes.
    /// </summary>
    public bool Set(TKey key, TValue value, long size)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var entryBound = maxEntries();
        var byteBound = maxBytes();
        if (entryBound <= 0 || size > byteBound / 4)
        {
            return false;
        }

        lock (writing)
        {
            if (entries.TryGetValue(key, out var old))
            {
                Interlocked.Add(ref bytes, -old.Size);
            }

            entries[key] = new Slot(value, size, Interlocked.Increment(ref clock));
            Interlocked.Add(ref bytes, size);
            if (entries.Count > entryBound || Bytes > byteBound)
            {
                Evict(entryBound - Math.Max(1, entryBound / 10), byteBound - (byteBound / 10));
            }
        }

        return true;
    }

    /// <summary>Drops <paramref name="key"/> if it still holds <paramref name="value"/> (not a newer value set meanwhile).</summary>
    public void Remove(TKey key, TValue value)
    {
        lock (writing)
        {
            if (entries.TryGetValue(key, out var slot) && ReferenceEquals(slot.Value, value) && entries.TryRemove(key, out _))
            {
                Interlocked.Add(ref bytes, -slot.Size);
            }
        }
    }

    /// <summary>Drops every entry whose value matches <paramref name="drop"/>; returns how many.</summary>
    public int RemoveWhere(Func<TValue, bool> drop)
    {
        ArgumentNullException.ThrowIfNull(drop);
        var removed = 0;
        lock (writing)
        {
            foreach (var (key, slot) in entries)
            {
                if (drop(slot.Value) && entries.TryRemove(key, out _))
                {
                    Interlocked.Add(ref bytes, -slot.Size);
                    removed++;
                }
            }
        }

        return removed;
    }

    private void Evict(int keepEntries, long keepBytes)
    {
        foreach (var (key, slot) in entries.OrderBy(e => e.Value.LastUsed).ToList())
        {
            if (entries.Count <= keepEntries && Bytes <= keepBytes)
            {
                return;
            }

            if (entries.TryRemove(key, out _))
            {
                Interlocked.Add(ref bytes, -slot.Size);
            }
        }
    }

    private sealed class Slot(TValue value, long size, long lastUsed)
    {
        private long lastUsed = lastUsed;

        public TValue Value { get; } = value;

        public long Size { get; } = size;

        public long LastUsed => Volatile.Read(ref lastUsed);

        public void Touch(long now) => Volatile.Write(ref lastUsed, now);
    }
}
