using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Traversal;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// The network map for backbone staff: neighbourhoods and shortest paths on the FULL projection (every goal,
/// indicator, organization, person and activity; see network-format.md). The projection of the current version is
/// built once and reused until <see cref="INetworkStore.GetVersionAsync"/> says the network changed; the traversals
/// themselves are the analytics project's (<see cref="Neighborhood"/>, <see cref="ShortestPath"/>).
/// </summary>
public sealed class NetworkMapService(INetworkStore store, IOptions<NetworkMapOptions> options)
{
    private readonly SemaphoreSlim rebuild = new(1, 1);
    private volatile MapState? current;

    public async Task<MapNeighborhood> NeighborhoodAsync(string id, int depth, int? maxNodes, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var maxDepth = Math.Min(limits.MaxDepth, Neighborhood.MaxDepth);
        if (depth < 0 || depth > maxDepth)
        {
            throw ApiError.InvalidArgument($"depth: must be between 0 and {maxDepth}; got {depth}.");
        }

        if (maxNodes is < 1 || maxNodes > limits.MaxNodes)
        {
            throw ApiError.InvalidArgument($"limit: must be between 1 and {limits.MaxNodes}; got {maxNodes}.");
        }

        var state = await StateAsync(cancellationToken);
        var graph = state.Projection.Graph;
        var center = state.IndexOf(id);
        var neighborhood = Neighborhood.Around(graph, center, depth, maxNodes ?? limits.MaxNodes);
        var nodes = neighborhood.Nodes.Select(n => new MapNodeDistance(state.NodeAt(n.Node), n.Distance)).ToList();
        var edges = neighborhood.Edges.Select(e =>
        {
            var edge = graph.Edges[e];
            return new MapEdge(graph.NodeIds[edge.U], graph.NodeIds[edge.V], edge.Weight, state.Projection.RelationsOf(e));
        }).ToList();
        return new MapNeighborhood(state.Version, state.NodeAt(center), depth, neighborhood.Truncated, nodes, edges);
    }

    /// <summary>The fewest-hops path between two nodes, or null when none joins them.</summary>
    public async Task<MapPath?> ShortestPathAsync(string from, string to, CancellationToken cancellationToken)
    {
        var state = await StateAsync(cancellationToken);
        var path = ShortestPath.Find(state.Projection.Graph, state.IndexOf(from), state.IndexOf(to));
        return path is null ? null : new MapPath(state.Version, path.Nodes.Select(state.NodeAt).ToList());
    }

    private async Task<MapState> StateAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetVersionAsync(cancellationToken);
        if (current is { } fresh && fresh.Version == version)
        {
            return fresh;
        }

        await rebuild.WaitAsync(cancellationToken);
        try
        {
            if (current is { } built && built.Version >= version)
            {
                return built;
            }

            var state = new MapState(await store.ReadSnapshotAsync(cancellationToken));
            current = state;
            return state;
        }
        finally
        {
            rebuild.Release();
        }
    }

    /// <summary>One version's projections (only FULL is built here), and the FULL projection's nodes by index.</summary>
    private sealed class MapState
    {
        private readonly INetworkNode[] nodes;

        public MapState(NetworkSnapshot snapshot)
        {
            Projections = new ProjectionSet(snapshot);
            var byId = snapshot.Network.Nodes().ToDictionary(n => n.Id, StringComparer.Ordinal);
            nodes = [.. Projection.Graph.NodeIds.Select(id => byId[id])];
        }

        public ProjectionSet Projections { get; }

        public long Version => Projections.Version;

        public NetworkProjection Projection => Projections.Full;

        public INetworkNode NodeAt(int index) => nodes[index];

        public int IndexOf(string id) =>
            Projection.Graph.TryGetIndex(id, out var index)
                ? index
                : throw ApiError.NotFound("goal, indicator, organization, person or activity", id);
    }
}
