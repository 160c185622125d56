using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using Polly;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// The production store: the network as a graph in Neo4j, reached over the HTTP Query API, every statement one of
/// the <c>cypher/</c> files. The schema files are applied (idempotently) on first use.
/// </summary>
/// <remarks>
/// <para><b>Writes</b> run in one explicit transaction that first takes the write lock on the <c>(:NetworkMeta)</c>
/// node and reads the version (<c>write/lock-network.cypher</c>). The change is validated against the cached network
/// when the cache holds that version; when another instance or process has written since (the version moved), the
/// network is re-read inside the locked transaction and the change re-validated against it, so a write never lands
/// on a network it was not validated against. Then the change is applied and the version bumped in the same
/// transaction, which commits or leaves nothing. Within one instance, writes are also serialized by a semaphore.</para>
/// <para><b>Snapshots</b> are answered from the cache while the stored version is unchanged; otherwise the whole
/// network is read under the same lock (then rolled back, so nothing is written), because Neo4j reads are only
/// read-committed and a lock-free read of several statements could see half of a concurrent write.</para>
/// <para><b>Failures</b>: transient ones (<c>Neo.TransientError.*</c>) retry the whole read or write with
/// exponential backoff; see <see cref="Neo4jResilience"/> and the named exceptions beside this type.</para>
/// </remarks>
public sealed class Neo4jNetworkStore : INetworkStore, IDisposable
{
    private readonly QueryApiClient client;
    private readonly CypherCatalog catalog = CypherCatalog.Embedded;
    private readonly Neo4jStoreOptions options;
    private readonly ResiliencePipeline retry;
    private readonly NetworkCache cache = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly SemaphoreSlim initializeLock = new(1, 1);
    private volatile bool initialized;

    /// <param name="httpClients">Makes the <see cref="HttpClientName"/> client (configured by the store's registration).</param>
    /// <param name="options">Validated options.</param>
    public Neo4jNetworkStore(IHttpClientFactory httpClients, Neo4jStoreOptions options)
        : this(httpClients, options, onRetry: null)
    {
    }

    internal Neo4jNetworkStore(IHttpClientFactory httpClients, Neo4jStoreOptions options, Action<int, TimeSpan, Exception>? onRetry)
    {
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        this.options = options;
        client = new QueryApiClient(httpClients, options);
        retry = Neo4jResilience.UnitOfWork(options, onRetry);
    }

    /// <summary>The name of the <see cref="HttpClient"/> this store asks the factory for.</summary>
    public static string HttpClientName => QueryApiClient.HttpClientName;

    /// <summary>Applies the schema files (constraints, indexes, the version node). Other members call it; calling it early surfaces errors at startup.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (initialized)
        {
            return;
        }

        await initializeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!initialized)
            {
                // Schema statements cannot share a transaction with each other's data writes: one implicit transaction each.
                foreach (var statement in CypherFiles.Schema.SelectMany(file => catalog.File(file).Statements))
                {
                    await retry.ExecuteAsync(
                        async ct => await client.RunAsync(new Query(statement, new Dictionary<string, object?>()), AccessMode.Write, ct).ConfigureAwait(false),
                        cancellationToken).ConfigureAwait(false);
                }

                initialized = true;
            }
        }
        finally
        {
            initializeLock.Release();
        }
    }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken = default) =>
        ReadAsync((reader, ct) => reader.ReadVersionAsync(ct), cancellationToken);

    public async Task<NetworkSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var version = await GetVersionAsync(cancellationToken).ConfigureAwait(false);
        if (cache.At(version) is { } cached)
        {
            return new NetworkSnapshot(version, cached);
        }

        return await retry.ExecuteAsync(
            async ct =>
            {
                await using var transaction = await LockAsync(ct).ConfigureAwait(false);
                var locked = LockedVersion(transaction);
                var network = cache.At(locked) ?? await new Neo4jNetworkReader(catalog, transaction).ReadNetworkAsync(ct).ConfigureAwait(false);
                await transaction.RollbackAsync(ct).ConfigureAwait(false);
                cache.Remember(locked, network);
                return new NetworkSnapshot(locked, network);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<Initiative?> GetInitiativeAsync(CancellationToken cancellationToken = default) =>
        ReadAsync((reader, ct) => reader.ReadInitiativeAsync(ct), cancellationToken);

    public Task<IReadOnlyList<INetworkNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync((reader, ct) => reader.ReadNodesAsync(ids, ct), cancellationToken);
    }

    public Task<Page<Goal>> ListGoalsAsync(GoalFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, ct) => reader.ListGoalsAsync(filter, page, ct), cancellationToken);

    public Task<Page<Indicator>> ListIndicatorsAsync(IndicatorFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, ct) => reader.ListIndicatorsAsync(filter, page, ct), cancellationToken);

    public Task<Page<Organization>> ListOrganizationsAsync(
        OrganizationFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, ct) => reader.ListOrganizationsAsync(filter, page, ct), cancellationToken);

    public Task<Page<Person>> ListPeopleAsync(PersonFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, ct) => reader.ListPeopleAsync(filter, page, ct), cancellationToken);

    public Task<Page<Activity>> ListActivitiesAsync(ActivityFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, ct) => reader.ListActivitiesAsync(filter, page, ct), cancellationToken);

    public Task<Page<Tie>> ListTiesAsync(TieFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, ct) => reader.ListTiesAsync(filter, page, ct), cancellationToken);

    public Task<IReadOnlyList<Measurement>> ListMeasurementsAsync(
        IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indicatorIds);
        return ReadAsync((reader, ct) => reader.ListMeasurementsAsync(indicatorIds, ct), cancellationToken);
    }

    public async Task<WriteResult> WriteAsync(NetworkChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await retry.ExecuteAsync(async ct => await WriteOnceAsync(change, ct).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>
    /// Runs one statement of a <c>cypher/</c> file in its own transaction, retried whole on transient failures: for
    /// the snapshots kept in the same database (<see cref="Neo4jSnapshotStore"/>).
    /// </summary>
    internal async Task<QueryResult> RunAsync(string file, AccessMode accessMode, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var query = Query.Of(catalog.Statement(file), parameters);
        return await retry.ExecuteAsync(async ct => await client.RunAsync(query, accessMode, ct).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);
    }

    public void Dispose()
    {
        writeLock.Dispose();
        initializeLock.Dispose();
    }

    private static long LockedVersion(QueryTransaction transaction) =>
        transaction.Opened.Rows.Count == 0
            ? throw new InvalidOperationException("The Neo4j database has no (:NetworkMeta {key: 'network'}) node; the store's schema was not applied.")
            : Neo4jRowMapping.Integer(transaction.Opened.Single("version"));

    private async Task<WriteResult> WriteOnceAsync(NetworkChange change, CancellationToken cancellationToken)
    {
        await using var transaction = await LockAsync(cancellationToken).ConfigureAwait(false);
        var version = LockedVersion(transaction);

        // The version cannot move while the lock is held: when it is not the cached one, validate against the network
        // as it now is, read under the lock.
        var current = cache.At(version) ?? await new Neo4jNetworkReader(catalog, transaction).ReadNetworkAsync(cancellationToken).ConfigureAwait(false);
        var problems = NetworkChangeValidator.Validate(change, current);
        if (problems.Count > 0)
        {
            throw new NetworkValidationException(problems);
        }

        var next = NetworkChangeApplier.Apply(current, change);
        var writer = new Neo4jNetworkWriter(catalog, transaction, options.BatchSize);
        await writer.ApplyAsync(change, version + 1, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(writer.SetVersion(version + 1), cancellationToken).ConfigureAwait(false);

        // The Cypher delta and the applier are two statements of one semantics (the contract suite holds them equal,
        // reading back through a fresh store), so the next write validates against this without reloading.
        cache.Remember(version + 1, next);
        return new WriteResult(version + 1, change.Upserts.Counts, StoreRules.CountRemoved(current, next));
    }

    private async Task<QueryTransaction> LockAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await client.BeginAsync(Query.Of(catalog.Statement(CypherFiles.LockNetwork)), AccessMode.Write, cancellationToken)
            .ConfigureAwait(false);
    }

    private Task<Page<T>> ListAsync<TFilter, T>(
        TFilter filter, PageRequest page, Func<Neo4jNetworkReader, CancellationToken, Task<Page<T>>> list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        StoreRules.ValidatePage(page);
        return ReadAsync(list, cancellationToken);
    }

    /// <summary>Runs one read (one implicit transaction per statement), retried whole on transient failures.</summary>
    private async Task<T> ReadAsync<T>(Func<Neo4jNetworkReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var reader = new Neo4jNetworkReader(catalog, new ImplicitReads(client));
        return await retry.ExecuteAsync(async ct => await read(reader, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each statement in its own read transaction, routed to a reader member in a cluster.</summary>
    private sealed class ImplicitReads(QueryApiClient client) : IQueryRunner
    {
        public Task<QueryResult> RunAsync(Query query, CancellationToken cancellationToken) =>
            client.RunAsync(query, AccessMode.Read, cancellationToken);
    }
}
