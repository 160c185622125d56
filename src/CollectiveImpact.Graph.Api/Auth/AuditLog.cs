using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// The append-only record of writes, in the access layer's SQLite file. Entries are only ever inserted; the API
/// has no mutation that changes or removes one.
/// </summary>
public sealed class AuditLog(AuthDatabase database, TimeProvider clock)
{
    public void Record(Caller caller, string operation, string outcome, JsonObject changes, long? versionBefore, long? versionAfter)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO audit_log (at, actor_kind, actor_id, actor_name, actor_role, operation, outcome, changes, version_before, version_after)
            VALUES ($at, $kind, $id, $name, $role, $operation, $outcome, $changes, $before, $after)
            """;
        command.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O"));
        command.Parameters.AddWithValue("$kind", caller.Kind);
        command.Parameters.AddWithValue("$id", caller.Id);
        command.Parameters.AddWithValue("$name", caller.Name);
        command.Parameters.AddWithValue("$role", caller.Role);
        command.Parameters.AddWithValue("$operation", operation);
        command.Parameters.AddWithValue("$outcome", outcome);
        command.Parameters.AddWithValue("$changes", changes.ToJsonString());
        command.Parameters.AddWithValue("$before", (object?)versionBefore ?? DBNull.Value);
        command.Parameters.AddWithValue("$after", (object?)versionAfter ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>Newest first: at most <paramref name="first"/> entries older than <paramref name="before"/>, and whether more remain.</summary>
    public (IReadOnlyList<AuditEntry> Entries, bool HasMore, int TotalCount) Page(int first, long? before)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, at, actor_kind, actor_id, actor_name, actor_role, operation, outcome, changes, version_before, version_after
            FROM audit_log WHERE $before IS NULL OR seq < $before ORDER BY seq DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$before", (object?)before ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", first + 1);
        var entries = ReadAll(command);
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM audit_log";
        var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        var hasMore = entries.Count > first;
        return (hasMore ? entries[..first] : entries, hasMore, total);
    }

    /// <summary>
    /// The successful writes that name an entry (its id as an argument, a tie's end, an indicator of a measurement,
    /// an undo that took it back), newest first: the entry's history.
    /// </summary>
    public IReadOnlyList<AuditEntry> ForEntry(string id, int first)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, at, actor_kind, actor_id, actor_name, actor_role, operation, outcome, changes, version_before, version_after
            FROM audit_log WHERE outcome = 'OK' AND changes LIKE $pattern ESCAPE '\' ORDER BY seq DESC LIMIT $limit
            """;
        var quoted = System.Text.Json.JsonSerializer.Serialize(id);
        command.Parameters.AddWithValue("$pattern", "%" + quoted.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        command.Parameters.AddWithValue("$limit", first);
        return ReadAll(command);
    }

    private static List<AuditEntry> ReadAll(SqliteCommand command)
    {
        var entries = new List<AuditEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7),
                JsonNode.Parse(reader.GetString(8)) as JsonObject ?? [],
                reader.IsDBNull(9) ? null : reader.GetInt64(9),
                reader.IsDBNull(10) ? null : reader.GetInt64(10)));
        }

        return entries;
    }
}
