using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Storage;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Sqlite;

/// <summary>The storage contract on a temporary SQLite file, and what only a file-backed store has to prove.</summary>
public sealed class SqliteNetworkStoreTests : NetworkStoreContractTests, IDisposable
{
    private readonly TempDatabase database = new();

    protected override Task<INetworkStore> CreateEmptyStoreAsync() => Task.FromResult<INetworkStore>(database.Open());

    protected override ISnapshotStore SnapshotsOf(INetworkStore store) => new SqliteSnapshotStore((SqliteNetworkStore)store);

    protected override Task<INetworkStore> ReopenAsync(INetworkStore store) =>
        Task.FromResult<INetworkStore>(database.Open(Path.GetFileName(((SqliteNetworkStore)store).FullPath)));

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task FirstUse_CreatesTheFolderAndTheFile()
    {
        var store = database.Open(Path.Combine("nested", "deeper", "network.db"));
        Assert.False(Directory.Exists(Path.Combine(database.Folder, "nested")));

        var version = await store.GetVersionAsync();

        Assert.Equal(0, version);
        Assert.True(File.Exists(database.PathOf(Path.Combine("nested", "deeper", "network.db"))));
    }

    [Fact]
    public async Task FirstUse_TurnsOnWalAndRecordsTheSchemaVersion()
    {
        var store = database.Open();

        await store.InitializeAsync();

        using var connection = database.Connect();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal((long)SqliteSchema.CurrentVersion, Scalar(connection, "SELECT value FROM meta WHERE key = 'schema_version';"));
        Assert.Equal(0L, Scalar(connection, "SELECT value FROM meta WHERE key = 'network_version';"));
    }

    [Fact]
    public async Task Write_RecordsTheNetworkVersionInTheFile()
    {
        var store = database.Open();

        await store.WriteAsync(NetworkChange.Replace(Riverside));
        await store.WriteAsync(NetworkChange.Merge(Goals("g-more")));

        using var connection = database.Connect();
        Assert.Equal(2L, Scalar(connection, "SELECT value FROM meta WHERE key = 'network_version';"));
    }

    [Fact]
    public async Task Reopen_NewInstanceOnTheSameFile_SeesTheDataAndTheVersion()
    {
        var first = database.Open();
        await first.WriteAsync(NetworkChange.Replace(Riverside));
        first.Dispose();

        var second = database.Open();
        var snapshot = await second.ReadSnapshotAsync();

        Assert.Equal(1, snapshot.Version);
        NetworkAssert.Equal(Riverside, snapshot.Network);
    }

    [Fact]
    public async Task SecondInstance_SeesTheFirstsWritesAndValidatesAgainstThem()
    {
        var writer = database.Open();
        var other = database.Open();
        await writer.WriteAsync(NetworkChange.Replace(Riverside));
        var before = await other.ReadSnapshotAsync();

        await writer.WriteAsync(NetworkChange.Merge(Goals("g-safe")));
        var after = await other.ReadSnapshotAsync();

        // other's cached network is at version 1; its next write must validate against version 2 (g-safe exists).
        var result = await other.WriteAsync(NetworkChange.Merge(Network.Empty with
        {
            Indicators = [new Indicator("i-safe", "Reported incidents", "g-safe")],
        }));
        var seenByWriter = await writer.ReadSnapshotAsync();

        Assert.Equal(1, before.Version);
        Assert.Equal(2, after.Version);
        Assert.Contains(after.Network.Goals, g => g.Id == "g-safe");
        Assert.Equal(3, result.Version);
        Assert.Equal(3, seenByWriter.Version);
        Assert.Contains(seenByWriter.Network.Indicators, i => i.Id == "i-safe");
    }

    [Theory]
    [InlineData("deletes")]
    [InlineData("organizations")]
    [InlineData("activities")]
    [InlineData("ties")]
    public async Task Write_FailingHalfWay_RollsBackCompletely(string failAfter)
    {
        var store = database.Open();
        await store.WriteAsync(NetworkChange.Replace(Riverside));
        var change = new NetworkChange(
            Network.Empty with
            {
                Goals = [new Goal("g-half", "Half-written")],
                Organizations = [new Organization("o-half", "Half-written", Sector.Other)],
                Activities = [new Activity("a-jobs", "Jobs pathway, renamed", "o-half", ["o-youth"])],
                Ties = [new Tie("o-half", "o-ed", TieType.Refers)],
            },
            DeleteNodes: ["o-biz"]);
        store.AfterWriteStep = step =>
        {
            if (step == failAfter)
            {
                throw new IOException($"Injected failure after {step}.");
            }
        };

        var error = await Assert.ThrowsAsync<IOException>(() => store.WriteAsync(change));
        store.AfterWriteStep = null;

        Assert.Contains(failAfter, error.Message);
        Assert.Equal(1, await store.GetVersionAsync());
        NetworkAssert.Equal(Riverside, (await store.ReadSnapshotAsync()).Network);
        NetworkAssert.Equal(Riverside, (await database.Open().ReadSnapshotAsync()).Network);
        var retried = await store.WriteAsync(change);
        Assert.Equal(2, retried.Version);
    }

    [Fact]
    public async Task Open_FileWithNewerSchema_IsRefusedWithAClearMessage()
    {
        await database.Open().InitializeAsync();
        using (var connection = database.Connect())
        {
            Execute(connection, "UPDATE meta SET value = 99 WHERE key = 'schema_version';");
        }

        var store = database.Open();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetVersionAsync());

        Assert.Contains("schema version 99", error.Message);
        Assert.Contains($"newer than version {SqliteSchema.CurrentVersion}", error.Message);
        Assert.Contains(database.PathOf(), error.Message);
    }

    [Fact]
    public async Task Write_IdOfAnotherKind_IsRefusedByTheSharedIdSpace()
    {
        // The validator refuses this first; the (id, kind) key in the schema is the second line of defence,
        // checked here by going under the validator.
        var store = database.Open();
        await store.WriteAsync(NetworkChange.Replace(Riverside));
        using var connection = database.Connect();

        var error = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => Execute(connection,
            "INSERT INTO goals (id, name) VALUES ('o-ed', 'Clash');"));

        Assert.Contains("FOREIGN KEY", error.Message);
    }

    /// <summary>
    /// An idle connection of the test's own (not pooled) held open: other test classes clear every connection pool
    /// in parallel, and the last connection to close would checkpoint and delete the log under the test's feet.
    /// </summary>
    private Microsoft.Data.Sqlite.SqliteConnection KeepTheWal(string file = "network.db") => database.HoldWal(file);

    private static object? Scalar(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = ON; " + sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Checkpoint_AfterWrites_TruncatesTheWalAndKeepsTheData()
    {
        var store = database.Open();
        await store.WriteAsync(NetworkChange.Replace(Riverside));
        using var keepsTheWal = KeepTheWal();
        await store.WriteAsync(NetworkChange.Merge(Goals("g-more")));
        var walBefore = new FileInfo(store.WalPath).Length;

        var checkpoint = await store.CheckpointAsync();
        var reopened = await database.Open().ReadSnapshotAsync();

        Assert.True(walBefore > 0, "The writes left nothing in the write-ahead log; the test proves nothing.");
        Assert.Equal(new WalCheckpoint(false, walBefore, 0), checkpoint);
        Assert.Equal(0, new FileInfo(store.WalPath).Length);
        Assert.Equal(2, reopened.Version);
        Assert.Contains(reopened.Network.Goals, g => g.Id == "g-more");
    }

    [Fact]
    public async Task Checkpoint_WhileAReaderHoldsAnOlderVersion_AnswersBusyAndLosesNothing()
    {
        var store = database.Open();
        await store.WriteAsync(NetworkChange.Replace(Riverside));
        using var reader = database.Connect();

        // A read transaction started at version 1 (raw BEGIN: its snapshot starts at the first read), still open.
        Execute(reader, "BEGIN DEFERRED;");
        Assert.Equal(1L, Scalar(reader, "SELECT value FROM meta WHERE key = 'network_version';"));
        await store.WriteAsync(NetworkChange.Merge(Goals("g-more")));

        var checkpoint = await store.CheckpointAsync();
        var stillSeen = Scalar(reader, "SELECT value FROM meta WHERE key = 'network_version';");
        Execute(reader, "COMMIT;");
        var after = await store.CheckpointAsync();

        Assert.True(checkpoint.Busy);
        Assert.True(checkpoint.WalBytesAfter > 0);
        Assert.Equal(1L, stillSeen);
        Assert.False(after.Busy);
        Assert.Equal(0, after.WalBytesAfter);
        Assert.Equal(2, await database.Open().GetVersionAsync());
    }

    [Fact]
    public async Task Write_LeavingTheWalPastItsLimit_CheckpointsAtOnce()
    {
        var limited = database.Open("limited.db", journalSizeLimitBytes: 1);
        var unlimited = database.Open("unlimited.db");
        await limited.InitializeAsync();
        await unlimited.InitializeAsync();
        using var keepsOneWal = KeepTheWal("limited.db");
        using var keepsTheOther = KeepTheWal("unlimited.db");

        await limited.WriteAsync(NetworkChange.Replace(Riverside));
        await unlimited.WriteAsync(NetworkChange.Replace(Riverside));

        Assert.Equal(0, new FileInfo(limited.WalPath).Length);
        Assert.True(new FileInfo(unlimited.WalPath).Length > 0, "Below the limit a write leaves its log for the periodic checkpoint.");
        Assert.Equal(1, await database.Open("limited.db").GetVersionAsync());
    }

    [Theory]
    [InlineData("00:00:00", 0, "Store:Sqlite:CheckpointInterval")]
    [InlineData("2.00:00:00", 0, "Store:Sqlite:CheckpointInterval")]
    [InlineData("00:05:00", -1, "Store:Sqlite:JournalSizeLimitBytes")]
    public void Options_UnusableHousekeepingSettings_NameTheSetting(string interval, long limit, string setting)
    {
        var options = new SqliteStoreOptions { CheckpointInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture), JournalSizeLimitBytes = limit };

        Assert.StartsWith(setting, options.Problem(), StringComparison.Ordinal);
    }
}
