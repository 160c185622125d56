namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>A path: nodes and relationships alternating, as returned (the order does not give the relationships' direction).</summary>
internal sealed record GraphPath(IReadOnlyList<object> Elements)
{
    public IEnumerable<GraphNode> Nodes => Elements.OfType<GraphNode>();

    public IEnumerable<GraphRelationship> Relationships => Elements.OfType<GraphRelationship>();
}
