namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>A relationship as the Query API returns it; its direction is only in the start and end element ids.</summary>
internal sealed record GraphRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
