using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Store.Surveys;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>
/// The survey rounds and their responses, in the access layer's SQLite file (<see cref="AuthDatabase"/>): beside the
/// survey links that answer them, whichever store holds the network, and untouched by a REPLACE import of a document
/// without a <c>surveys</c> section. One row per round and one per organization's response, each a JSON object of the
/// record, so a save of one partner's draft rewrites that row alone.
/// </summary>
public sealed class SurveyStore(AuthDatabase database)
{
    private static JsonSerializerOptions Json => EntryJson.Stored;

    /// <summary>Every round with its responses, newest first.</summary>
    public IReadOnlyList<SurveyRound> List()
    {
        using var connection = database.Open();
        return Read(connection, null);
    }

    /// <summary>The round with its responses, or null when no round has this id.</summary>
    public SurveyRound? Find(string id)
    {
        using var connection = database.Open();
        return Read(connection, id).SingleOrDefault();
    }

    /// <summary>Adds a new round, or changes a round's own fields (its responses stay as they are).</summary>
    public void Save(SurveyRound round)
    {
        using var connection = database.Open();
        Save(connection, null, round, DateTimeOffset.UtcNow);
    }

    /// <summary>Writes one organization's response to a round, replacing what it had.</summary>
    public void SaveResponse(string round, SurveyResponse response)
    {
        using var connection = database.Open();
        SaveResponse(connection, null, round, response);
    }

    /// <summary>Deletes a round and its responses.</summary>
    public void Delete(string id)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var command = Command(connection, transaction, "DELETE FROM survey_responses WHERE round_id = $id; DELETE FROM survey_rounds WHERE id = $id;");
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>
    /// Writes rounds read from a network document, in one transaction: each replaces the stored round of its id with
    /// its responses; with <paramref name="replaceAll"/> every other round goes too.
    /// </summary>
    public void Import(IReadOnlyList<SurveyRound> rounds, bool replaceAll)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        if (replaceAll)
        {
            Execute(connection, transaction, "DELETE FROM survey_responses; DELETE FROM survey_rounds;");
        }

        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < rounds.Count; i++)
        {
            var round = rounds[i];
            using (var delete = Command(connection, transaction, "DELETE FROM survey_responses WHERE round_id = $round"))
            {
                delete.Parameters.AddWithValue("$round", round.Id);
                delete.ExecuteNonQuery();
            }

            // Document order is kept as creation order, oldest first, so the newest-first list reads the document backwards.
            Save(connection, transaction, round, now.AddTicks(i));
            foreach (var response in round.Responses)
            {
                SaveResponse(connection, transaction, round.Id, response);
            }
        }

        transaction.Commit();
    }

    private static void Save(SqliteConnection connection, SqliteTransaction? transaction, SurveyRound round, DateTimeOffset createdAt)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO survey_rounds (id, created_at, data) VALUES ($id, $created, $data)
            ON CONFLICT(id) DO UPDATE SET data = $data
            """);
        command.Parameters.AddWithValue("$id", round.Id);
        command.Parameters.AddWithValue("$created", createdAt.ToString("O"));
        command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(round with { Responses = [] }, Json));
        command.ExecuteNonQuery();
    }

    private static void SaveResponse(SqliteConnection connection, SqliteTransaction? transaction, string round, SurveyResponse response)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO survey_responses (round_id, organization, data) VALUES ($round, $organization, $data)
            ON CONFLICT(round_id, organization) DO UPDATE SET data = $data
            """);
        command.Parameters.AddWithValue("$round", round);
        command.Parameters.AddWithValue("$organization", response.Organization);
        command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(response, Json));
        command.ExecuteNonQuery();
    }

    private static List<SurveyRound> Read(SqliteConnection connection, string? id)
    {
        var responses = new Dictionary<string, List<SurveyResponse>>(StringComparer.Ordinal);
        using (var command = Command(connection, null, id is null
            ? "SELECT round_id, data FROM survey_responses ORDER BY round_id, organization"
            : "SELECT round_id, data FROM survey_responses WHERE round_id = $id ORDER BY organization"))
        {
            command.Parameters.AddWithValue("$id", (object?)id ?? DBNull.Value);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var round = reader.GetString(0);
                if (!responses.TryGetValue(round, out var list))
                {
                    responses[round] = list = [];
                }

                list.Add(JsonSerializer.Deserialize<SurveyResponse>(reader.GetString(1), Json)!);
            }
        }

        var rounds = new List<SurveyRound>();
        using (var command = Command(connection, null, id is null
            ? "SELECT id, data FROM survey_rounds ORDER BY created_at DESC, id"
            : "SELECT id, data FROM survey_rounds WHERE id = $id"))
        {
            command.Parameters.AddWithValue("$id", (object?)id ?? DBNull.Value);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var round = JsonSerializer.Deserialize<SurveyRound>(reader.GetString(1), Json)!;
                rounds.Add(round with { Responses = responses.GetValueOrDefault(reader.GetString(0)) ?? [] });
            }
        }

        return rounds;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }
}
