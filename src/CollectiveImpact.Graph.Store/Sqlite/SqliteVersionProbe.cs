using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// The network version, read without opening a pooled connection or a transaction per call: the one question every
/// request asks (a kept response is current only while the version is), so it is asked of connections kept open for
/// it, each with two prepared statements.
/// </summary>
/// <remarks>
/// <para><c>PRAGMA data_version</c> (https://sqlite.org/pragma.html#pragma_data_version) changes whenever another
/// connection committed to the file since this connection last asked: any connection, of this process or of another
/// one, since SQLite reads it from the file's shared WAL index. Only when it changed is the version row read again;
/// otherwise the version that connection read last is still the file's. These connections never write, so their own
/// commits cannot hide one. The data version is read before the row: a commit landing between the two changes it
/// again, so the next call reads the row again; the answer is never older than the last commit before the call.</para>
/// <para>Each caller takes a connection of its own from a lock-free bag and puts it back (a thread mostly gets the one
/// it used last): one connection behind a lock made the version read the busiest lock of a cache hit, and on a loaded
/// machine a holder descheduled mid-statement stalled every request behind it. At most <see cref="MaxKept"/> are
/// kept; beyond that a connection is closed after use. A connection that failed is closed, never put back.</para>
/// </remarks>
internal sealed class SqliteVersionProbe(SqliteConnections connections) : IDisposable
{
    /// <summary>How many idle probe connections are kept: enough for every request thread of a busy host.</summary>
    internal static readonly int MaxKept = Math.Max(4, 2 * Environment.ProcessorCount);

    private readonly ConcurrentBag<Probe> idle = [];
    private int kept;
    private volatile bool disposed;

    /// <summary>The version in the file now (the schema must exist: the store initializes it first).</summary>
    public long Read()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!idle.TryTake(out var probe))
        {
            probe = new Probe(connections.Open());
            Interlocked.Increment(ref kept);
        }

        long version;
        try
        {
            version = probe.Read();
        }
        catch
        {
            Discard(probe);
            throw;
        }

        if (disposed || Volatile.Read(ref kept) > MaxKept)
        {
            Discard(probe);
        }
        else
        {
            idle.Add(probe);
            // Dispose may have drained the bag between the check and the add: drain it again.
            if (disposed)
            {
                DrainIdle();
            }
        }

        return version;
    }

    public void Dispose()
    {
        disposed = true;
        DrainIdle();
    }

    private void DrainIdle()
    {
        while (idle.TryTake(out var probe))
        {
            Discard(probe);
        }
    }

    private void Discard(Probe probe)
    {
        Interlocked.Decrement(ref kept);
        probe.Dispose();
    }

    /// <summary>One connection, its two statements, and the data version and network version it saw last.</summary>
    private sealed class Probe : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly SqliteCommand dataVersion;
        private readonly SqliteCommand versionRow;
        private long seenDataVersion;
        private long version;
        private bool known;

        public Probe(SqliteConnection connection)
        {
            this.connection = connection;
            dataVersion = connection.CreateCommand();
            dataVersion.CommandText = "PRAGMA data_version;";
            versionRow = connection.CreateCommand();
            versionRow.CommandText = $"SELECT value FROM meta WHERE key = '{SqliteSchema.NetworkVersionKey}';";
        }

        public long Read()
        {
            var current = (long)dataVersion.ExecuteScalar()!;
            if (!known || current != seenDataVersion)
            {
                version = (long)versionRow.ExecuteScalar()!;
                seenDataVersion = current;
                known = true;
            }

            return version;
        }

        public void Dispose()
        {
            dataVersion.Dispose();
            versionRow.Dispose();
            connection.Dispose();
        }
    }
}
