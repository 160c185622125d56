using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Traversal;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Store.Domain;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// The network map for backbone staff: neighbourhoods and shortest paths on the FULL projection (every goal,
/// indicator, organization, person and activity; see network-format.md) of the current version, which
/// <see cref="ProjectionProvider"/> builds once per version and shares with the analyses; the traversals themselves are
/// the analytics project's (<see cref="Neighborhood"/>, <see cref="ShortestPath"/>). Both read the network as of a date
/// (<see cref="AsOfViews"/>; today when none is given): a node that does not count on it is not in the map, and an
/// edge whose ties all ended before it is not drawn.
/// </summary>
public sealed class NetworkMapService(ProjectionProvider projections, IOptions<NetworkMapOptions> options, AsOfViews views)
{
    public Task<MapNeighborhood> NeighborhoodAsync(string id, int depth, int? maxNodes, CancellationToken cancellationToken) =>
        NeighborhoodAsync(id, depth, maxNodes, asOf: null, cancellationToken);

    /// <summary>The nodes within <paramref name="depth"/> hops of a node as of <paramref name="asOf"/> (today when null).</summary>
    public async Task<MapNeighborhood> NeighborhoodAsync(string id, int depth, int? maxNodes, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var maxDepth = Math.Min(limits.MaxDepth, Neighborhood.MaxDepth);
        if (depth < 0 || depth > maxDepth)
        {
            throw new ArgumentProblem($"depth: must be between 0 and {maxDepth}; got {depth}.");
        }

        if (maxNodes is < 1 || maxNodes > limits.MaxNodes)
        {
            throw new ArgumentProblem($"limit: must be between 1 and {limits.MaxNodes}; got {maxNodes}.");
        }

        var date = asOf ?? views.Today;
        var map = new Map(await ViewAsync(date, cancellationToken));
        var graph = map.Projection.Graph;
        var center = map.IndexOf(id);
        var neighborhood = Neighborhood.Around(graph, center, depth, maxNodes ?? limits.MaxNodes);
        var nodes = neighborhood.Nodes.Select(n => new MapNodeDistance(map.NodeAt(n.Node), n.Distance)).ToList();
        var edges = neighborhood.Edges.Select(e =>
        {
            var edge = graph.Edges[e];
            return new MapEdge(graph.NodeIds[edge.U], graph.NodeIds[edge.V], edge.Weight, map.Projection.RelationsOf(e));
        }).ToList();
        return new MapNeighborhood(map.Network.Version, map.NodeAt(center), depth, neighborhood.Truncated, nodes, edges) { AsOf = date };
    }

    /// <summary>The fewest-hops path between two nodes, or null when none joins them.</summary>
    public Task<MapPath?> ShortestPathAsync(string from, string to, CancellationToken cancellationToken) =>
        ShortestPathAsync(from, to, asOf: null, cancellationToken);

    /// <summary>The fewest-hops path between two nodes as of <paramref name="asOf"/> (today when null), or null when none joins them.</summary>
    public async Task<MapPath?> ShortestPathAsync(string from, string to, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? views.Today;
        var map = new Map(await ViewAsync(date, cancellationToken));
        var path = ShortestPath.Find(map.Projection.Graph, map.IndexOf(from), map.IndexOf(to));
        return path is null ? null : new MapPath(map.Network.Version, path.Nodes.Select(map.NodeAt).ToList()) { AsOf = date };
    }

    private async Task<ProjectedNetwork> ViewAsync(DateOnly date, CancellationToken cancellationToken) =>
        await views.StoredAsOfAsync(projections, date, cancellationToken);

    /// <summary>The FULL projection of one version, with its nodes by index.</summary>
    private readonly record struct Map(ProjectedNetwork Network)
    {
        public NetworkProjection Projection => Network.Projections.Full;

        // Every node of FULL is a node of the snapshot it was projected from.
        public INetworkNode NodeAt(int index) => Network.FindNode(Projection.Graph.NodeIds[index])!;

        public int IndexOf(string id) =>
            Projection.Graph.TryGetIndex(id, out var index)
                ? index
                : throw NotFoundProblem.Id("goal, indicator, organization, person or activity", id);
    }
}
