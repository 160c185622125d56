using System.Globalization;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Services.Errors;

namespace CollectiveImpact.Graph.Api.Services.Reviews;

/// <summary>
/// Which findings were reviewed (docs/analyses.md, <i>Reviewed findings</i>), kept in the access layer's SQLite file
/// beside the keys and the audit log: apart from the network store, so replacing the network keeps them, and a
/// finding that comes back on a later version (same key) is still marked. Reads come from a copy in memory, refreshed
/// after each write, so marking 700 findings' <c>review</c> fields costs no query each.
/// </summary>
public sealed class FindingReviewStore(AuthDatabase database, TimeProvider clock, int limit = FindingReviewStore.MaxReviews)
{
    public const int MaxNoteLength = 1000;

    /// <summary>The most findings marked at once: far more than any network's findings, small enough to list in one answer.</summary>
    public const int MaxReviews = 20_000;

    private readonly Lock gate = new();
    private IReadOnlyDictionary<string, FindingReview>? all;

    /// <summary>Marks a finding as reviewed (again: its time, reviewer and note are replaced).</summary>
    public FindingReview Mark(string key, string? note, string reviewedBy)
    {
        Check(key);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > MaxNoteLength })
        {
            throw new ArgumentProblem($"note: {note.Length} characters; at most {MaxNoteLength}.");
        }

        var review = new FindingReview(key, clock.GetUtcNow(), reviewedBy, note);
        lock (gate)
        {
            if (!All().ContainsKey(key) && All().Count >= limit)
            {
                throw new ArgumentProblem($"key: {limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} findings are marked already, the most kept; clear the marks of findings that are gone (clearFindingReview) first.");
            }

            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO finding_reviews (key, reviewed_at, reviewed_by, note) VALUES ($key, $at, $by, $note)
                ON CONFLICT(key) DO UPDATE SET reviewed_at = $at, reviewed_by = $by, note = $note
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$at", review.ReviewedAt.ToString("O"));
            command.Parameters.AddWithValue("$by", reviewedBy);
            command.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
            command.ExecuteNonQuery();
            all = null;
        }

        return review;
    }

    /// <summary>Takes the mark off; false when the finding was not marked.</summary>
    public bool Clear(string key)
    {
        Check(key);
        lock (gate)
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM finding_reviews WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            var removed = command.ExecuteNonQuery() > 0;
            all = null;
            return removed;
        }
    }

    /// <summary>The review of this finding, or null when it was not marked.</summary>
    public FindingReview? Get(string key) => All().GetValueOrDefault(key);

    /// <summary>Every review, newest first.</summary>
    public IReadOnlyList<FindingReview> List() =>
        [.. All().Values.OrderByDescending(r => r.ReviewedAt).ThenBy(r => r.Key, StringComparer.Ordinal)];

    private IReadOnlyDictionary<string, FindingReview> All()
    {
        lock (gate)
        {
            return all ??= Read();
        }
    }

    private Dictionary<string, FindingReview> Read()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, reviewed_at, reviewed_by, note FROM finding_reviews";
        using var reader = command.ExecuteReader();
        var reviews = new Dictionary<string, FindingReview>(StringComparer.Ordinal);
        while (reader.Read())
        {
            reviews[reader.GetString(0)] = new FindingReview(
                reader.GetString(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        return reviews;
    }

    private static void Check(string key)
    {
        if (FindingKeys.Problem(key) is { } problem)
        {
            throw new ArgumentProblem(problem);
        }
    }
}
