using System.Text.Json;
using System.Text.Json.Nodes;

namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>The fields that differ between an entry before and after an update, for the audit log's history of it.</summary>
public static class FieldChanges
{
    private static JsonSerializerOptions Json => EntryJson.Readable;

    public static IReadOnlyList<FieldChange> Between(object? before, object? after)
    {
        var from = before is null ? new JsonObject() : JsonSerializer.SerializeToNode(before, before.GetType(), Json)!.AsObject();
        var to = after is null ? new JsonObject() : JsonSerializer.SerializeToNode(after, after.GetType(), Json)!.AsObject();
        return [.. from.Select(p => p.Key).Union(to.Select(p => p.Key))
            .Select(name => new FieldChange(name, Text(from[name]), Text(to[name])))
            .Where(change => change.From != change.To)];
    }

    private static string? Text(JsonNode? node) => node is null ? null : node.ToJsonString();
}
