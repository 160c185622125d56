using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// The embedded store: the whole network in one SQLite file (WAL), created and migrated on first use.
/// </summary>
/// <remarks>
/// A singleton shared by concurrent requests: every operation (but the version, asked of one connection kept open for
/// it: <see cref="SqliteVersionProbe"/>) opens its own pooled connection, reads run in one
/// read transaction each (WAL lets them run beside a writer), and writes are serialized in-process by a semaphore
/// and across processes by <c>BEGIN IMMEDIATE</c>. The last network read or written is kept in memory with its
/// version: validation and snapshots reuse it while the file's version is unchanged, and reload it when another
/// instance or process has written since.
/// </remarks>
public sealed class SqliteNetworkStore : INetworkStore, IDisposable
{
    private readonly SqliteConnections connections;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly SemaphoreSlim initializeLock = new(1, 1);
    private volatile bool initialized;
    private readonly NetworkCache cache = new();
    private readonly SqliteVersionProbe versionProbe;
    private readonly long journalSizeLimitBytes;

    public SqliteNetworkStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        connections = new SqliteConnections(options.FullPath, options.JournalSizeLimitBytes);
        versionProbe = new SqliteVersionProbe(connections);
        journalSizeLimitBytes = options.JournalSizeLimitBytes;
    }

    /// <summary>The database file this store uses.</summary>
    public string FullPath => connections.FullPath;

    /// <summary>The write-ahead log beside <see cref="FullPath"/>.</summary>
    public string WalPath => connections.WalPath;

    /// <summary>The file's connections, for the snapshots kept in the same file (<see cref="SqliteSnapshotStore"/>).</summary>
    internal SqliteConnections Connections => connections;

    /// <summary>
    /// Test seam: called inside every write after each step ("deletes", "goals", … "ties") with the step's name, so a
    /// test can fail a write half-way and see it roll back. Null in production.
    /// </summary>
    internal Action<string>? AfterWriteStep { get; set; }

    /// <summary>Creates the file and folder, and migrates the schema. Other members call it; calling it early surfaces errors at startup.</summary>
    /// <exception cref="InvalidOperationException">The file's schema is newer than this build knows.</exception>
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
                Directory.CreateDirectory(Path.GetDirectoryName(connections.FullPath)!);
                using var connection = connections.Open();
                SqliteSchema.Migrate(connection, connections.FullPath);
                initialized = true;
            }
        }
        finally
        {
            initializeLock.Release();
        }
    }

    /// <remarks>
    /// Asked on every request (a kept response is reused only while it is unchanged), so it skips the pooled
    /// connection and the read transaction of other reads: <see cref="SqliteVersionProbe"/> reads the version row
    /// again only when SQLite says another connection, of any process, committed since.
    /// </remarks>
    public async Task<long> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return versionProbe.Read();
    }

    public Task<NetworkSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            reader =>
            {
                var network = CurrentNetwork(reader, out var version);
                return new NetworkSnapshot(version, network);
            },
            cancellationToken);

    public Task<Initiative?> GetInitiativeAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(reader => reader.ReadInitiative(), cancellationToken);

    public Task<IReadOnlyList<INetworkNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync(reader => reader.ReadNodes(ids), cancellationToken);
    }

    public Task<Page<Goal>> ListGoalsAsync(GoalFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, f, p) => reader.ListGoals(f, p), cancellationToken);

    public Task<Page<Indicator>> ListIndicatorsAsync(IndicatorFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, f, p) => reader.ListIndicators(f, p), cancellationToken);

    public Task<Page<Organization>> ListOrganizationsAsync(
        OrganizationFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, f, p) => reader.ListOrganizations(f, p), cancellationToken);

    public Task<Page<Person>> ListPeopleAsync(PersonFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, f, p) => reader.ListPeople(f, p), cancellationToken);

    public Task<Page<Activity>> ListActivitiesAsync(ActivityFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, f, p) => reader.ListActivities(f, p), cancellationToken);

    public Task<Page<Tie>> ListTiesAsync(TieFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(filter, page, (reader, f, p) => reader.ListTies(f, p), cancellationToken);

    public Task<IReadOnlyList<Measurement>> ListMeasurementsAsync(
        IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indicatorIds);
        return ReadAsync(reader => reader.ListMeasurements(indicatorIds), cancellationToken);
    }

    public async Task<WriteResult> WriteAsync(NetworkChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = connections.Open();

            // IMMEDIATE takes the file's write lock now, so the version read below is still current at commit.
            using var transaction = connection.BeginTransaction(deferred: false);
            var reader = new SqliteNetworkReader(connection, transaction);
            var current = CurrentNetwork(reader, out var version);

            // Validated already against this very network (an import checked before writing): the same answer.
            IReadOnlyList<ValidationProblem> problems = change.WasValidatedAgainst(current) ? [] : NetworkChangeValidator.Validate(change, current);
            if (problems.Count > 0)
            {
                throw new NetworkValidationException(problems);
            }

            var next = NetworkChangeApplier.Apply(current, change);
            var writer = new SqliteNetworkWriter(connection, transaction, AfterWriteStep);
            writer.Apply(change);
            writer.SetVersion(version + 1);
            transaction.Commit();

            // The SQL delta and the applier are two statements of one semantics (the contract suite holds them equal,
            // reading back through a fresh store), so the next write validates against this without reloading.
            cache.Remember(version + 1, next);

            // A large write (an import) leaves a log as large as itself: copied and truncated now rather than at the
            // next period. Never waits for readers (see CheckpointAsync). The write is committed whatever happens
            // here, so a failed checkpoint must not make it look failed: the periodic one tries again.
            if (connections.WalBytes() > journalSizeLimitBytes)
            {
                try
                {
                    Checkpoint(connection);
                }
                catch (SqliteException)
                {
                }
            }

            return new WriteResult(version + 1, change.Upserts.Counts, StoreRules.CountRemoved(current, next));
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>
    /// Copies the write-ahead log into the database file and truncates it to zero bytes (<c>PRAGMA
    /// wal_checkpoint(TRUNCATE)</c>), so that it cannot grow without bound across crashes and large writes. Never
    /// waits: while a reader still needs pages of an older version, or another process writes, it copies what it can
    /// and answers <see cref="WalCheckpoint.Busy"/>; the next checkpoint finishes the job.
    /// </summary>
    public async Task<WalCheckpoint> CheckpointAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = connections.Open();
        return Checkpoint(connection);
    }

    public void Dispose()
    {
        versionProbe.Dispose();
        connections.ClearPool();
        writeLock.Dispose();
        initializeLock.Dispose();
    }

    private WalCheckpoint Checkpoint(SqliteConnection connection)
    {
        var before = connections.WalBytes();
        using var command = connection.CreateCommand();

        // One row: busy (1 when blocked), frames in the log, frames copied. Blocked is an answer, not an error.
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        using var reader = command.ExecuteReader();
        var busy = reader.Read() && reader.GetInt64(0) != 0;
        return new WalCheckpoint(busy, before, connections.WalBytes());
    }

    /// <summary>The network at the version this transaction sees, from the cache when it holds that version.</summary>
    private Network CurrentNetwork(SqliteNetworkReader reader, out long version)
    {
        version = reader.ReadVersion();
        if (cache.At(version) is { } cached)
        {
            return cached;
        }

        var network = reader.ReadNetwork();
        cache.Remember(version, network);
        return network;
    }

    private Task<Page<T>> ListAsync<TFilter, T>(
        TFilter filter, PageRequest page, Func<SqliteNetworkReader, TFilter, PageRequest, Page<T>> list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        StoreRules.ValidatePage(page);
        return ReadAsync(reader => list(reader, filter, page), cancellationToken);
    }

    /// <summary>Runs <paramref name="read"/> in one read transaction, so everything it reads is of one version.</summary>
    private async Task<T> ReadAsync<T>(Func<SqliteNetworkReader, T> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var result = read(new SqliteNetworkReader(connection, transaction));
        transaction.Commit();
        return result;
    }
}
