using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>A node of a neighbourhood and its distance in hops from the center.</summary>
public sealed record MapNodeDistance(INetworkNode Node, int Distance);
