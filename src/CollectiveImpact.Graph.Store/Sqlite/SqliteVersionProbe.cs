using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// The network version, read without opening a pooled connection or a transaction per call: the one question every
/// request asks (a kept response is current only while the version is), so it is asked of one connection kept open
/// for it, with two prepared statements.
/// </summary>
/// <remarks>
/// <para><c>PRAGMA data_version</c> (https://sqlite.org/pragma.html#pragma_data_version) changes whenever another
/// connection committed to the file since this connection last asked: any connection, of this process or of another
/// one, since SQLite reads it from the file's shared WAL index. Only when it changed is the version row read again;
/// otherwise the version read last is still the file's. This connection never writes, so its own commits cannot hide
/// one. The data version is read before the row: a commit landing between the two changes it again, so the next call
/// reads the row again; the answer is never older than the last commit before the call.</para>
/// <para>One connection serves every caller under a lock held for one or two statements (microseconds); on any failure
/// the connection is closed and the next call opens a new one, so a broken connection is not kept.</para>
/// </remarks>
internal sealed class SqliteVersionProbe(SqliteConnections connections) : IDisposable
{
    private readonly Lock gate = new();
    private SqliteConnection? connection;
    private SqliteCommand? dataVersion;
    private SqliteCommand? versionRow;
    private long seenDataVersion;
    private long version;
    private bool known;
    private bool disposed;

    /// <summary>The version in the file now (the schema must exist: the store initializes it first).</summary>
    public long Read()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            try
            {
                if (connection is null)
                {
                    Open();
                }

                var current = (long)dataVersion!.ExecuteScalar()!;
                if (!known || current != seenDataVersion)
                {
                    version = (long)versionRow!.ExecuteScalar()!;
                    seenDataVersion = current;
                    known = true;
                }

                return version;
            }
            catch
            {
                Close();
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            Close();
        }
    }

    private void Open()
    {
        connection = connections.Open();
        dataVersion = connection.CreateCommand();
        dataVersion.CommandText = "PRAGMA data_version;";
        versionRow = connection.CreateCommand();
        versionRow.CommandText = $"SELECT value FROM meta WHERE key = '{SqliteSchema.NetworkVersionKey}';";
    }

    private void Close()
    {
        dataVersion?.Dispose();
        versionRow?.Dispose();
        connection?.Dispose();
        (dataVersion, versionRow, connection, known) = (null, null, null, false);
    }
}
