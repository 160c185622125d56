namespace CollectiveImpact.Graph.Api.GraphQL.Loaders;

/// <summary>
/// Collects the keys that resolvers ask for while a level of the query executes, and loads them with one call
/// when the first result is awaited. Keys asked for after that go into the next batch. One instance per request
/// (loaders are scoped), and no cache across batches, so a mutation's later reads see its writes.
/// </summary>
/// <remarks>
/// Safe for the parallel execution strategy: resolvers of one level may call <see cref="Load"/> concurrently.
/// A key the fetch does not return resolves to <c>default</c> (null for nodes; group loaders return every key).
/// </remarks>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch = fetch;
    private readonly Lock gate = new();
    private Batch? open;

    public LoaderResult<TValue?> Load(TKey key)
    {
        var batch = Enlist([key]);
        return new LoaderResult<TValue?>(async ct =>
            (await batch.GetAsync(ct).ConfigureAwait(false)).GetValueOrDefault(key));
    }

    /// <summary>The values of these keys, in the given order; keys with no value are left out.</summary>
    public LoaderResult<IReadOnlyList<TValue>> LoadMany(IReadOnlyList<TKey> keys)
    {
        var batch = Enlist(keys);
        return new LoaderResult<IReadOnlyList<TValue>>(async ct =>
        {
            var values = await batch.GetAsync(ct).ConfigureAwait(false);
            return keys.Where(values.ContainsKey).Select(k => values[k]).ToList();
        });
    }

    private Batch Enlist(IReadOnlyList<TKey> keys)
    {
        lock (gate)
        {
            open ??= new Batch(this);
            open.Keys.UnionWith(keys);
            return open;
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> loader)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? loading;

        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>> GetAsync(CancellationToken cancellationToken)
        {
            lock (loader.gate)
            {
                if (loading is null)
                {
                    // Close this batch: keys asked for from now on belong to the next one.
                    if (ReferenceEquals(loader.open, this))
                    {
                        loader.open = null;
                    }

                    loading = Keys.Count == 0
                        ? Task.FromResult<IReadOnlyDictionary<TKey, TValue>>(new Dictionary<TKey, TValue>())
                        : loader.fetch(Keys.ToList(), cancellationToken);
                }

                return loading;
            }
        }
    }
}
