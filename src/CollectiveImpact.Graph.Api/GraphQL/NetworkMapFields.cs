using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types;
using CollectiveImpact.Graph.Api.Services;
using GraphQL;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>The network map's query fields, kept beside <see cref="Query"/> so it stays a table of the read side.</summary>
public static class NetworkMapFields
{
    public static void AddNetworkMapFields(this Query query, NetworkMapService map)
    {
        query.Field<NonNullGraphType<MapNeighborhoodType>>("neighborhood")
            .Description("The nodes within `depth` hops of a node in the network map (the FULL projection), and the edges among them; people the caller may not see are left out, with their edges. NOT_FOUND for an id not in the map (the initiative is not).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node to centre on.")
            .Argument<NonNullGraphType<IntGraphType>>("depth", "How many hops, from 0 to NetworkMap:MaxDepth (default 3).", a => a.DefaultValue = 1)
            .Argument<IntGraphType>("limit", "At most this many nodes, nearest first (default and maximum NetworkMap:MaxNodes, 500).")
            .WithAsOf("A node that does not count on it is NOT_FOUND.")
            .ResolveAsync(async context => PersonVisibility.Filter(await map.NeighborhoodAsync(
                context.GetArgument<string>("id"), context.GetArgument<int>("depth"), context.GetArgument<int?>("limit"), context.AsOf(), context.CancellationToken),
                context.Caller()))
            .Access(FieldAccess.Open);

        query.Field<MapPathType>("shortestPath")
            .Description("A shortest path (fewest hops) between two nodes in the network map; null when no path joins them.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Where the path starts.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Where the path ends.")
            .WithAsOf("A node that does not count on it is NOT_FOUND.")
            .ResolveAsync(async context => await map.ShortestPathAsync(
                context.GetArgument<string>("from"), context.GetArgument<string>("to"), context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Open);
    }
}
