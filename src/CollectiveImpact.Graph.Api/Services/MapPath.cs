using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>A shortest path in the FULL projection: its nodes from source to target, and its length in hops.</summary>
public sealed record MapPath(long Version, IReadOnlyList<INetworkNode> Nodes)
{
    public int Length => Nodes.Count - 1;

    /// <summary>The date the network was read as of (network-format.md, <i>Time</i>).</summary>
    public DateOnly AsOf { get; init; }
}
