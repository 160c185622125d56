using System.Text.Json;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// The Query API's JSON, both ways: request bodies (<c>{"statement", "parameters", "accessMode", "bookmarks"}</c>,
/// parameters as plain JSON) and response bodies (<c>{"data": {"fields", "values"}, "bookmarks", "transaction":
/// {"id", "expires"}, "errors": [{"code", "message"}]}</c>, values as typed JSON).
/// </summary>
internal static class QueryApiMessages
{
    /// <summary>The request body; <paramref name="query"/> null makes an empty one (to open or commit without a statement).</summary>
    public static byte[] Request(Query? query, AccessMode? accessMode = null, IReadOnlyList<string>? bookmarks = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            if (query is not null)
            {
                writer.WriteString("statement", query.Statement.Text);
                writer.WritePropertyName("parameters");
                JsonSerializer.Serialize(writer, query.Parameters);
            }

            if (accessMode is { } mode)
            {
                writer.WriteString("accessMode", mode.ToString());
            }

            if (bookmarks is { Count: > 0 })
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <exception cref="FormatException">The body is not a Query API response.</exception>
    public static QueryApiResponse Response(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The Query API answered with JSON that is not an object.");
            }

            return new QueryApiResponse(
                new QueryResult(Fields(root), Rows(root), Strings(root, "bookmarks")),
                root.TryGetProperty("transaction", out var transaction) && transaction.TryGetProperty("id", out var id) ? id.GetString() : null,
                Errors(root));
        }
        catch (JsonException e)
        {
            throw new FormatException($"The Query API answered with malformed JSON: {e.Message}", e);
        }
    }

    private static List<string> Fields(JsonElement root) =>
        root.TryGetProperty("data", out var data) && data.TryGetProperty("fields", out var fields)
            ? fields.EnumerateArray().Select(f => f.GetString()!).ToList()
            : [];

    private static List<IReadOnlyList<object?>> Rows(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || !data.TryGetProperty("values", out var values))
        {
            return [];
        }

        return values.EnumerateArray()
            .Select(row => (IReadOnlyList<object?>)row.EnumerateArray().Select(TypedJsonValue.Decode).ToList())
            .ToList();
    }

    private static List<QueryApiError> Errors(JsonElement root) =>
        root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray()
                .Select(e => new QueryApiError(
                    e.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                    e.TryGetProperty("message", out var message) ? message.GetString() ?? "" : ""))
                .ToList()
            : [];

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(b => b.GetString()!).ToList()
            : [];
}
