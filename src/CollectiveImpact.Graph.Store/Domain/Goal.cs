namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>A goal of the common agenda.</summary>
public sealed record Goal(string Id, string Name, string? Description = null) : INetworkNode
{
    public NodeKind Kind => NodeKind.Goal;
}
