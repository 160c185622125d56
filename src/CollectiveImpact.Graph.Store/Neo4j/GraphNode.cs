namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>A node as the Query API returns it: its element id (meaningful inside one transaction only), labels and properties.</summary>
internal sealed record GraphNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
