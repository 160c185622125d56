using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class MapNeighborhoodType : ObjectGraphType<MapNeighborhood>
{
    public MapNeighborhoodType()
    {
        Name = "Neighborhood";
        Description = "What the network map draws around a node: every node within some hops, and the edges among them.";
        Field(x => x.Center, type: typeof(NonNullGraphType<NetworkNodeInterface>)).Description("The node it is centred on.").Access(FieldAccess.Open);
        Field(x => x.Depth).Description("The hops it reaches.").Access(FieldAccess.Open);
        Field(x => x.Version).Description("The network version it was computed on.").Access(FieldAccess.Open);
        Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Description("The date the network was read as of: the asOf asked for, today (UTC) by default.").Resolve(context => context.Source.AsOf).Access(FieldAccess.Open);
        Field(x => x.Truncated).Description("True when the node limit left out nodes within the depth; the nearest were kept.").Access(FieldAccess.Open);
        Field(x => x.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MapNodeDistanceType>>>))
            .Description("Its nodes, nearest first (the center first), ties broken in a fixed order.")
            .Access(FieldAccess.Open);
        Field(x => x.Edges, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MapEdgeType>>>))
            .Description("The edges among its nodes.")
            .Access(FieldAccess.Open);
    }
}
