namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// An open explicit transaction: statements run in it one request each, then it is committed (optionally with a
/// final statement) or rolled back. Disposing it without a commit rolls it back, so a failure part-way leaves nothing.
/// </summary>
internal sealed class QueryTransaction(QueryApiClient client, string id, string? affinity, QueryResult opened) : IQueryRunner, IAsyncDisposable
{
    private bool finished;

    public string Id => id;

    /// <summary>The result of the statement the transaction was opened with.</summary>
    public QueryResult Opened => opened;

    public Task<QueryResult> RunAsync(Query query, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        return client.RunInTransactionAsync(id, affinity, query, cancellationToken);
    }

    public async Task<QueryResult> CommitAsync(Query? final, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        return await client.CommitAsync(id, affinity, final, cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (finished)
        {
            return;
        }

        finished = true;
        await client.RollbackAsync(id, affinity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back if neither committed nor rolled back. Best effort: after an error the server has usually closed it already.</summary>
    public async ValueTask DisposeAsync()
    {
        if (finished)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Already closed by the server, or unreachable: either way nothing of it will be committed.
        }
    }
}
