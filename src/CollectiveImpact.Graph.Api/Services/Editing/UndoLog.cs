using System.Globalization;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>
/// Each caller's recent single-entry edits, in the access layer's file, so "undo my last change" works across
/// restarts and replicas. The entries touched are kept as network documents before and after; the last
/// <see cref="KeptPerActor"/> edits of each caller are kept, older ones dropped.
/// </summary>
public sealed class UndoLog(AuthDatabase database, TimeProvider clock)
{
    public const int KeptPerActor = 20;

    public void Record(string actor, string description, long version, Network before, Network after)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO undo_log (actor, description, at, version, before_doc, after_doc) VALUES ($actor, $description, $at, $version, $before, $after);
                DELETE FROM undo_log WHERE actor = $actor AND seq NOT IN (SELECT seq FROM undo_log WHERE actor = $actor ORDER BY seq DESC LIMIT $kept);
                """;
            insert.Parameters.AddWithValue("$actor", actor);
            insert.Parameters.AddWithValue("$description", description);
            insert.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O"));
            insert.Parameters.AddWithValue("$version", version);
            insert.Parameters.AddWithValue("$before", NetworkDocumentWriter.Write(before));
            insert.Parameters.AddWithValue("$after", NetworkDocumentWriter.Write(after));
            insert.Parameters.AddWithValue("$kept", KeptPerActor);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The caller's last edit not undone yet, or null.</summary>
    public UndoEntry? Last(string actor)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, actor, description, at, version, before_doc, after_doc FROM undo_log
            WHERE actor = $actor AND undone_at IS NULL ORDER BY seq DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$actor", actor);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new UndoEntry(
            reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
            DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture), reader.GetInt64(4),
            Read((byte[])reader[5]), Read((byte[])reader[6]));
    }

    public void MarkUndone(long sequence)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE undo_log SET undone_at = $at WHERE seq = $seq";
        command.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O"));
        command.Parameters.AddWithValue("$seq", sequence);
        command.ExecuteNonQuery();
    }

    private static Network Read(byte[] document) =>
        NetworkDocumentReader.Read(document).Network ?? throw new InvalidOperationException("An undo entry's document no longer reads.");
}
