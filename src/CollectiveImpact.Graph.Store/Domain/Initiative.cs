namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>The collective impact initiative itself; <see cref="Backbone"/> names its backbone organization.</summary>
public sealed record Initiative(string Id, string Name, string? Backbone = null, string? Description = null) : INetworkNode
{
    public NodeKind Kind => NodeKind.Initiative;
}
