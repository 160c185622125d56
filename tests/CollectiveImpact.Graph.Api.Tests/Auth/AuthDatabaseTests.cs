using CollectiveImpact.Graph.Api.Auth;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Api.Tests.Auth;

/// <summary>The key file's write-ahead log: what an earlier process left behind is truncated when the next one first opens the file.</summary>
public sealed class AuthDatabaseTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "ci-graph-keys-" + Guid.NewGuid().ToString("N"), "auth.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void Open_WalLeftByAnEarlierInstance_IsTruncatedAndTheKeysKept()
    {
        var earlier = new ApiKeyStore(new AuthDatabase(path), TimeProvider.System);
        _ = earlier.Any();

        // An idle connection of the test's own (not pooled): other classes clear every pool in parallel, and the last
        // connection to close would checkpoint and delete the log under the test's feet.
        using var keepsTheWal = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        keepsTheWal.Open();
        // SQLite joins the log's shared memory only on first use: one read, or the connection holds nothing.
        using (var read = keepsTheWal.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM sqlite_master";
            read.ExecuteScalar();
        }

        var created = earlier.Create(Roles.Evaluator, "Evaluation team", null);
        var walBefore = new FileInfo(path + "-wal").Length;

        var later = new ApiKeyStore(new AuthDatabase(path), TimeProvider.System);
        var found = later.Find(created.Secret);

        Assert.True(walBefore > 0, "The key left nothing in the write-ahead log; the test proves nothing.");
        Assert.Equal(0, new FileInfo(path + "-wal").Length);
        Assert.Equal(created.Key.Id, found?.Id);
    }
}
