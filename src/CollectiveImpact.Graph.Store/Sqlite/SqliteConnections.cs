using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// Opens connections to one database file, each set up the same way. A connection per operation (the pool keeps
/// the handles) lets concurrent requests read in parallel under WAL.
/// </summary>
internal sealed class SqliteConnections(string fullPath, long journalSizeLimitBytes)
{
    /// <summary>Case-insensitive substring test, registered on every connection: SQLite's own LIKE and lower() fold ASCII only.</summary>
    public const string ContainsFunction = "contains_ci";

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = fullPath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        ForeignKeys = true,

        // Seconds a statement retries while another process holds the write lock (BEGIN IMMEDIATE waits here).
        DefaultTimeout = 30,
    }.ToString();

    public string FullPath { get; } = fullPath;

    /// <summary>The write-ahead log beside the file (SQLite's own naming).</summary>
    public string WalPath => FullPath + "-wal";

    /// <summary>The write-ahead log's size; 0 when there is none.</summary>
    public long WalBytes()
    {
        var wal = new FileInfo(WalPath);
        return wal.Exists ? wal.Length : 0;
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();

            // NORMAL is durable against application crashes under WAL and loses at most the last commits on power
            // loss, never consistency; FULL would fsync every commit, which a bulk import does not need.
            // A 64 MiB page cache (the default is 2 MiB) keeps a big import's index pages in memory instead of
            // spilling them to the WAL mid-transaction; it is only allocated as pages are used.
            // journal_size_limit (per connection, not stored in the file) cuts the WAL back whenever it is reset:
            // without it the file keeps the size of the largest transaction it ever held.
            using (var command = connection.CreateCommand())
            {
                // A PRAGMA takes no bound parameters; the limit is a number, formatted invariantly.
                command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; " +
                    $"PRAGMA journal_size_limit = {journalSizeLimitBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)};";
                command.ExecuteNonQuery();
            }

            connection.CreateFunction<string?, string?, bool>(
                ContainsFunction,
                static (text, part) => text is not null && part is not null && text.Contains(part, StringComparison.OrdinalIgnoreCase),
                isDeterministic: true);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Closes the pooled handles, so the file can be moved or deleted.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
