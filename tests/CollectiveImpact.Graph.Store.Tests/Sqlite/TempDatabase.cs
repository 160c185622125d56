using CollectiveImpact.Graph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Tests.Sqlite;

/// <summary>A fresh temporary folder for database files, removed (with the stores opened on it) when disposed.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly List<SqliteNetworkStore> stores = [];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "ci-graph-tests", Guid.NewGuid().ToString("N"));

    public string PathOf(string file = "network.db") => Path.Combine(Folder, file);

    public SqliteNetworkStore Open(string file = "network.db", long? journalSizeLimitBytes = null)
    {
        var options = new SqliteStoreOptions { Path = PathOf(file) };
        options.JournalSizeLimitBytes = journalSizeLimitBytes ?? options.JournalSizeLimitBytes;
        var store = new SqliteNetworkStore(options);
        lock (stores)
        {
            stores.Add(store);
        }

        return store;
    }

    /// <summary>A raw connection for looking under the store (pooling off, so it holds nothing open afterwards).</summary>
    public SqliteConnection Connect(string file = "network.db")
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = PathOf(file), Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// A connection of the test's own (not pooled) that keeps the write-ahead log in place: other test classes clear
    /// every pool in parallel, and the last connection to close would checkpoint and delete the log under the test's
    /// feet. It reads once, because SQLite opens the file and joins the log's shared memory only on first use; between
    /// statements it holds no read lock, so checkpoints still run.
    /// </summary>
    public SqliteConnection HoldWal(string file = "network.db")
    {
        var connection = Connect(file);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master";
        command.ExecuteScalar();
        return connection;
    }

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.Dispose();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
