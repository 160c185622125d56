using System.Text.Json;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>One request as the client sent it.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    string Path,
    string? Body,
    string? Authorization,
    string Accept,
    string? Affinity,
    string? ContentType)
{
    /// <summary>The Cypher sent, or null for a request without a statement (commit without one, rollback).</summary>
    public string? Statement => Property("statement")?.GetString();

    /// <summary>The <c>parameters</c> object as raw JSON ("{}" when absent).</summary>
    public string ParametersJson => Property("parameters")?.GetRawText() ?? "{}";

    public IReadOnlyList<string> ParameterNames =>
        Property("parameters") is { ValueKind: JsonValueKind.Object } parameters ? parameters.EnumerateObject().Select(p => p.Name).ToList() : [];

    public JsonElement? Property(string name)
    {
        if (string.IsNullOrEmpty(Body))
        {
            return null;
        }

        using var document = JsonDocument.Parse(Body);
        return document.RootElement.TryGetProperty(name, out var value) ? value.Clone() : null;
    }
}
