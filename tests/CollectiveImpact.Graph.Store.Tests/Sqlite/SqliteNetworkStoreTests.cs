using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Storage;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Sqlite;

/// <summary>The storage contract on a temporary SQLite file, and what only a file-backed store has to prove.</summary>
public sealed class SqliteNetworkStoreTests : NetworkStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    protected override Task<INetworkStore> CreateEmptyStoreAsync() => Task.FromResult<INetworkStore>(_database.Open());

    protected override Task<INetworkStore> ReopenAsync(INetworkStore store) =>
        Task.FromResult<INetworkStore>(_database.Open(Path.GetFileName(((SqliteNetworkStore)store).FullPath)));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task FirstUse_CreatesTheFolderAndTheFile()
    {
        var store = _database.Open(Path.Combine("nested", "deeper", "network.db"));
        Assert.False(Directory.Exists(Path.Combine(_database.Folder, "nested")));

        var version = await store.GetVersionAsync();

        Assert.Equal(0, version);
        Assert.True(File.Exists(_database.PathOf(Path.Combine("nested", "deeper", "network.db"))));
    }

    [Fact]
    public async Task FirstUse_TurnsOnWalAndRecordsTheSchemaVersion()
    {
        var store = _database.Open();

        await store.InitializeAsync();

        using var connection = _database.Connect();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal((long)SqliteSchema.CurrentVersion, Scalar(connection, "SELECT value FROM meta WHERE key = 'schema_version';"));
        Assert.Equal(0L, Scalar(connection, "SELECT value FROM meta WHERE key = 'network_version';"));
    }

    [Fact]
    public async Task Write_RecordsTheNetworkVersionInTheFile()
    {
        var store = _database.Open();

        await store.WriteAsync(NetworkChange.Replace(Riverside));
        await store.WriteAsync(NetworkChange.Merge(Goals("g-more")));

        using var connection = _database.Connect();
        Assert.Equal(2L, Scalar(connection, "SELECT value FROM meta WHERE key = 'network_version';"));
    }

    [Fact]
    public async Task Reopen_NewInstanceOnTheSameFile_SeesTheDataAndTheVersion()
    {
        var first = _database.Open();
        await first.WriteAsync(NetworkChange.Replace(Riverside));
        first.Dispose();

        var second = _database.Open();
        var snapshot = await second.ReadSnapshotAsync();

        Assert.Equal(1, snapshot.Version);
        NetworkAssert.Equal(Riverside, snapshot.Network);
    }

    [Fact]
    public async Task SecondInstance_SeesTheFirstsWritesAndValidatesAgainstThem()
    {
        var writer = _database.Open();
        var other = _database.Open();
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
        var store = _database.Open();
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
        NetworkAssert.Equal(Riverside, (await _database.Open().ReadSnapshotAsync()).Network);
        var retried = await store.WriteAsync(change);
        Assert.Equal(2, retried.Version);
    }

    [Fact]
    public async Task Open_FileWithNewerSchema_IsRefusedWithAClearMessage()
    {
        await _database.Open().InitializeAsync();
        using (var connection = _database.Connect())
        {
            Execute(connection, "UPDATE meta SET value = 99 WHERE key = 'schema_version';");
        }

        var store = _database.Open();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetVersionAsync());

        Assert.Contains("schema version 99", error.Message);
        Assert.Contains($"newer than version {SqliteSchema.CurrentVersion}", error.Message);
        Assert.Contains(_database.PathOf(), error.Message);
    }

    [Fact]
    public async Task Write_IdOfAnotherKind_IsRefusedByTheSharedIdSpace()
    {
        // The validator refuses this first; the (id, kind) key in the schema is the second line of defence,
        // checked here by going under the validator.
        var store = _database.Open();
        await store.WriteAsync(NetworkChange.Replace(Riverside));
        using var connection = _database.Connect();

        var error = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => Execute(connection,
            "INSERT INTO goals (id, name) VALUES ('o-ed', 'Clash');"));

        Assert.Contains("FOREIGN KEY", error.Message);
    }

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
}
