using CollectiveImpact.Graph.Store.Neo4j;
using static CollectiveImpact.Graph.Store.Tests.Neo4j.QueryApiPayloads;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// Answers the store's requests with documented payload shapes chosen by which <c>cypher/</c> file the request's
/// statement is: the version statements answer <see cref="Version"/>, pages answer "no items", everything else an
/// empty result (inside a transaction when the request was). <see cref="Answers"/> overrides a file's answer.
/// It does not execute Cypher; it lets tests see what the store sends and how it reacts to what comes back.
/// </summary>
internal sealed class ScriptedNeo4j
{
    public const string TransactionId = "tx-1";

    public long Version { get; set; }

    public Dictionary<string, Func<RecordedRequest, HttpResponseMessage>> Answers { get; } = new(StringComparer.Ordinal);

    /// <summary>The catalog file whose statement <paramref name="statement"/> is, or null when it is none of them.</summary>
    public static string? FileOf(string? statement) =>
        CypherCatalog.Embedded.Files.SelectMany(f => f.Statements).FirstOrDefault(s => s.Text == statement)?.File;

    public HttpResponseMessage Respond(RecordedRequest request)
    {
        if (request.Method == HttpMethod.Delete)
        {
            return RecordingHandler.Json(Empty);
        }

        var file = FileOf(request.Statement) ?? (request.Statement is null ? "(none)" : throw new InvalidOperationException(
            $"The store sent a statement that is no cypher/ file: {request.Statement}"));
        if (Answers.TryGetValue(file, out var answer))
        {
            return answer(request);
        }

        // A committed write moves the version, as the real set-version.cypher does.
        if (file == CypherFiles.SetVersion && request.Path.EndsWith("/commit", StringComparison.Ordinal))
        {
            Version = request.Property("parameters")!.Value.GetProperty("version").GetInt64();
        }

        var committing = request.Path.EndsWith("/commit", StringComparison.Ordinal);
        var transaction = request.Path.Contains("/tx", StringComparison.Ordinal) && !committing ? TransactionId : null;
        return RecordingHandler.Json(file switch
        {
            CypherFiles.Version or CypherFiles.LockNetwork => Integer("version", Version, transaction),
            _ when file.StartsWith("list/", StringComparison.Ordinal) => Page(0, "[]", transaction),
            _ when committing => Committed(),
            _ => transaction is null ? Empty : InTransaction(transaction),
        });
    }

    /// <summary>A list page: the total and the items (typed JSON maps).</summary>
    public static string Page(long total, string items, string? transaction = null)
    {
        var values = $$"""[[{"$type": "Integer", "_value": "{{total}}"}, {"$type": "List", "_value": {{items}}}]]""";
        return transaction is null
            ? $$"""{"data": {"fields": ["total", "items"], "values": {{values}}}, "bookmarks": []}"""
            : Opened(transaction, """["total", "items"]""", values);
    }
}
