using GraphQL.DataLoader;

namespace CollectiveImpact.Graph.Api.GraphQL.Loaders;

/// <summary>
/// A pending value for GraphQL.NET's execution strategy: resolvers return it instead of awaiting, so the strategy
/// can let every resolver of a level queue its keys before the first <see cref="GetResultAsync"/> runs the batch.
/// </summary>
public sealed class LoaderResult<T>(Func<CancellationToken, Task<T>> produce) : IDataLoaderResult<T>
{
    private readonly Lock gate = new();
    private Task<T>? result;

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return result ??= produce(cancellationToken);
        }
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Maps the loaded value.</summary>
    public LoaderResult<TOut> Then<TOut>(Func<T, TOut> map) =>
        new(async ct => map(await GetResultAsync(ct).ConfigureAwait(false)));

    /// <summary>
    /// Chains a second load. The result is itself pending: the execution strategy queues it again rather than awaiting
    /// it here, so the second loader also collects the keys of every parent before it runs.
    /// </summary>
    public LoaderResult<LoaderResult<TOut>> ThenLoad<TOut>(Func<T, LoaderResult<TOut>> next) =>
        new(async ct => next(await GetResultAsync(ct).ConfigureAwait(false)));
}
