using System.Collections;
using System.Collections.Concurrent;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>
/// The <see cref="ICollection{T}"/> the in-memory exporters add to, safe to read while an exporter thread adds: a
/// <see cref="List{T}"/> would throw when enumerated during an export.
/// </summary>
public sealed class ConcurrentCollection<T> : ICollection<T>
{
    private readonly ConcurrentQueue<T> items = new();

    public int Count => items.Count;

    public bool IsReadOnly => false;

    public void Add(T item) => items.Enqueue(item);

    public void Clear() => items.Clear();

    public bool Contains(T item) => items.Contains(item);

    public void CopyTo(T[] array, int arrayIndex) => items.CopyTo(array, arrayIndex);

    public bool Remove(T item) => throw new NotSupportedException("Exporters only add.");

    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
