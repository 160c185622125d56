using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Data.Sqlite;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Sqlite;

/// <summary>
/// The version the store answers (through <c>SqliteVersionProbe</c>) is the file's at the time of the call, whoever
/// committed last: this store, another instance, or a connection of its own (what another process is to SQLite).
/// </summary>
public sealed class SqliteVersionProbeTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task GetVersion_AfterItsOwnWrite_IsTheNewVersionAtOnce()
    {
        var store = database.Open();
        Assert.Equal(0, await store.GetVersionAsync());

        await store.WriteAsync(NetworkChange.Replace(Riverside));

        Assert.Equal(1, await store.GetVersionAsync());
    }

    [Fact]
    public async Task GetVersion_AfterAnotherInstanceWrites_IsItsVersion()
    {
        var reader = database.Open();
        var writer = database.Open();
        await reader.WriteAsync(NetworkChange.Replace(Riverside));
        Assert.Equal(1, await reader.GetVersionAsync());

        await writer.WriteAsync(NetworkChange.Merge(Goals("g-more")));

        Assert.Equal(2, await reader.GetVersionAsync());
    }

    [Fact]
    public async Task GetVersion_AfterACommitOnAConnectionOutsideTheStore_IsTheCommittedVersion()
    {
        var store = database.Open();
        Assert.Equal(0, await store.GetVersionAsync());
        Assert.Equal(0, await store.GetVersionAsync());

        // A connection the store knows nothing of, as another process's would be: only SQLite's data version tells.
        using (var outside = database.Connect())
        {
            Execute(outside, "UPDATE meta SET value = 41 WHERE key = 'network_version';");
        }

        Assert.Equal(41, await store.GetVersionAsync());
        Assert.Equal(41, await store.GetVersionAsync());
    }

    [Fact]
    public async Task GetVersion_ManyCallersAtOnceAroundAWrite_NeverAnswerAnOlderVersionAfterIt()
    {
        var store = database.Open();
        await store.WriteAsync(NetworkChange.Replace(Riverside));

        var before = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => store.GetVersionAsync())));
        await store.WriteAsync(NetworkChange.Merge(Goals("g-more")));
        var after = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => store.GetVersionAsync())));

        Assert.All(before, v => Assert.Equal(1, v));
        Assert.All(after, v => Assert.Equal(2, v));
    }

    [Fact]
    public async Task GetVersion_ManyProbeConnectionsAfterACommitOutsideTheStore_AllAnswerTheCommittedVersion()
    {
        var store = database.Open();
        await store.InitializeAsync();

        // Concurrent callers take a probe connection each: several connections, each remembering what it saw.
        var before = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => store.GetVersionAsync())));
        using (var outside = database.Connect())
        {
            Execute(outside, "UPDATE meta SET value = 7 WHERE key = 'network_version';");
        }

        var after = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => store.GetVersionAsync())));

        Assert.All(before, v => Assert.Equal(0, v));
        Assert.All(after, v => Assert.Equal(7, v));
    }

    [Fact]
    public async Task GetVersion_AfterDispose_IsRefused()
    {
        var store = database.Open();
        await store.GetVersionAsync();

        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetVersionAsync());
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
