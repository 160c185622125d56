namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>A shared measure: it measures one goal and moves from a baseline toward a target.</summary>
public sealed record Indicator(
    string Id,
    string Name,
    string Goal,
    string? Unit = null,
    Direction Direction = Direction.Increase,
    DatedValue? Baseline = null,
    DatedValue? Target = null) : INetworkNode
{
    public NodeKind Kind => NodeKind.Indicator;
}
