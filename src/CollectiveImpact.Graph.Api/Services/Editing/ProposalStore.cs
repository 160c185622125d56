using System.Globalization;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Store.Domain;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>Partners' proposed changes, in the access layer's file (they are not the network until accepted).</summary>
public sealed class ProposalStore(AuthDatabase database)
{
    private static JsonSerializerOptions Json => EntryJson.Stored;

    public void Save(ChangeProposal proposal)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO change_proposals (id, organization, kind, entry, proposed_by, proposed_at, status, decided_by, decided_at, note)
            VALUES ($id, $organization, $kind, $entry, $by, $at, $status, $decidedBy, $decidedAt, $note)
            ON CONFLICT(id) DO UPDATE SET status = $status, decided_by = $decidedBy, decided_at = $decidedAt, note = $note
            """;
        command.Parameters.AddWithValue("$id", proposal.Id);
        command.Parameters.AddWithValue("$organization", proposal.Organization);
        command.Parameters.AddWithValue("$kind", proposal.Kind.ToString());
        command.Parameters.AddWithValue("$entry", JsonSerializer.Serialize(proposal.Entry, proposal.Entry.GetType(), Json));
        command.Parameters.AddWithValue("$by", proposal.ProposedBy);
        command.Parameters.AddWithValue("$at", proposal.ProposedAt.ToString("O"));
        command.Parameters.AddWithValue("$status", proposal.Status.ToString());
        command.Parameters.AddWithValue("$decidedBy", (object?)proposal.DecidedBy ?? DBNull.Value);
        command.Parameters.AddWithValue("$decidedAt", (object?)proposal.DecidedAt?.ToString("O") ?? DBNull.Value);
        command.Parameters.AddWithValue("$note", (object?)proposal.Note ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>Proposals, newest first: of one organization and one status when given; at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<ChangeProposal> List(string? organization, ProposalStatus? status, int limit)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, organization, kind, entry, proposed_by, proposed_at, status, decided_by, decided_at, note FROM change_proposals
            WHERE ($organization IS NULL OR organization = $organization) AND ($status IS NULL OR status = $status)
            ORDER BY proposed_at DESC, id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$organization", (object?)organization ?? DBNull.Value);
        command.Parameters.AddWithValue("$status", (object?)status?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        return Read(command);
    }

    public ChangeProposal? Find(string id)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, organization, kind, entry, proposed_by, proposed_at, status, decided_by, decided_at, note FROM change_proposals WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return Read(command).SingleOrDefault();
    }

    private static List<ChangeProposal> Read(SqliteCommand command)
    {
        var proposals = new List<ChangeProposal>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var kind = Enum.Parse<ProposalKind>(reader.GetString(2));
            INetworkNode entry = kind == ProposalKind.Organization
                ? JsonSerializer.Deserialize<Organization>(reader.GetString(3), Json)!
                : JsonSerializer.Deserialize<Person>(reader.GetString(3), Json)!;
            proposals.Add(new ChangeProposal(
                reader.GetString(0), reader.GetString(1), kind, entry, reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                Enum.Parse<ProposalStatus>(reader.GetString(6)),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture),
                reader.IsDBNull(9) ? null : reader.GetString(9)));
        }

        return proposals;
    }
}
