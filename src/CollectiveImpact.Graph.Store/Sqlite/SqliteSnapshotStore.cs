using System.Globalization;
using System.Text.Json;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// Snapshots in the network's own SQLite file (table <c>snapshots</c>, schema migration 2): one row each, the
/// canonical document Brotli-compressed in a BLOB (<see cref="SnapshotCodec"/>) beside what the list shows, so
/// listing never touches a document. A save checks the limit and the name and inserts in one IMMEDIATE transaction,
/// so two saves at once cannot both take the last place or the same name.
/// </summary>
public sealed class SqliteSnapshotStore(SqliteNetworkStore store) : ISnapshotStore
{
    private const string InfoColumns = "name, created_at, created_by, network_version, counts, document_bytes, length(document), sha256";

    public async Task<IReadOnlyList<SnapshotInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {InfoColumns} FROM snapshots ORDER BY seq;";
        using var reader = command.ExecuteReader();
        var snapshots = new List<SnapshotInfo>();
        while (reader.Read())
        {
            snapshots.Add(ReadInfo(reader));
        }

        return snapshots;
    }

    public async Task<SnapshotDocument?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {InfoColumns}, encoding, document FROM snapshots WHERE name_key = $key;";
        command.Parameters.AddWithValue("$key", SnapshotNames.Key(name));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var info = ReadInfo(reader);
        var stored = (byte[])reader.GetValue(9);
        return new SnapshotDocument(info, SnapshotCodec.Decompress(reader.GetString(8), stored, info.DocumentBytes, info.Sha256, info.Name));
    }

    public async Task<SnapshotSaveOutcome> SaveAsync(SnapshotInfo info, byte[] document, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(document);
        var compressed = SnapshotCodec.Compress(document);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT (SELECT count(*) FROM snapshots), EXISTS (SELECT 1 FROM snapshots WHERE name_key = $key);";
        command.Parameters.AddWithValue("$key", SnapshotNames.Key(info.Name));
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            if (reader.GetInt64(1) != 0)
            {
                return SnapshotSaveOutcome.NameTaken;
            }

            if (reader.GetInt64(0) >= maxCount)
            {
                return SnapshotSaveOutcome.LimitReached;
            }
        }

        command.CommandText = """
            INSERT INTO snapshots (name, name_key, created_at, created_by, network_version, counts, document_bytes, sha256, encoding, document)
            VALUES ($name, $key, $at, $by, $version, $counts, $bytes, $sha256, $encoding, $document);
            """;
        command.Parameters.AddWithValue("$name", info.Name);
        command.Parameters.AddWithValue("$at", info.CreatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$by", info.CreatedBy);
        command.Parameters.AddWithValue("$version", info.NetworkVersion);
        command.Parameters.AddWithValue("$counts", JsonSerializer.Serialize(info.Counts, JsonSerializerOptions.Web));
        command.Parameters.AddWithValue("$bytes", (long)document.Length);
        command.Parameters.AddWithValue("$sha256", SnapshotCodec.Hash(document));
        command.Parameters.AddWithValue("$encoding", SnapshotCodec.Encoding);
        command.Parameters.Add("$document", SqliteType.Blob).Value = compressed;
        command.ExecuteNonQuery();
        transaction.Commit();
        return SnapshotSaveOutcome.Saved;
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM snapshots WHERE name_key = $key;";
        command.Parameters.AddWithValue("$key", SnapshotNames.Key(name));
        return command.ExecuteNonQuery() > 0;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return store.Connections.Open();
    }

    private static SnapshotInfo ReadInfo(SqliteDataReader r) => new(
        r.GetString(0),
        DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        r.GetString(2),
        r.GetInt64(3),
        JsonSerializer.Deserialize<EntityCounts>(r.GetString(4), JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"Snapshot '{r.GetString(0)}' has no entry counts."),
        r.GetInt64(5),
        r.GetInt64(6),
        r.GetString(7));
}
