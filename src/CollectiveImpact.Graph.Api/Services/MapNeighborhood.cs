using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// The nodes within <see cref="Depth"/> hops of <see cref="Center"/> in the FULL projection of one network version,
/// and the edges among them. <see cref="Truncated"/>: the node cap left some out (the nearest were kept).
/// </summary>
public sealed record MapNeighborhood(
    long Version,
    INetworkNode Center,
    int Depth,
    bool Truncated,
    IReadOnlyList<MapNodeDistance> Nodes,
    IReadOnlyList<MapEdge> Edges)
{
    /// <summary>The date the network was read as of (network-format.md, <i>Time</i>).</summary>
    public DateOnly AsOf { get; init; }
}
