using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class MapPathType : ObjectGraphType<MapPath>
{
    public MapPathType()
    {
        Name = "Path";
        Description = "A shortest path in the network map (fewest hops; of equal paths, a fixed one).";
        Field(x => x.Length).Description("Its length in hops (0 when from and to are the same node).").Access(FieldAccess.Open);
        Field(x => x.Version).Description("The network version it was computed on.").Access(FieldAccess.Open);
        Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Description("The date the network was read as of: the asOf asked for, today (UTC) by default.").Resolve(context => context.Source.AsOf).Access(FieldAccess.Open);
        Field(x => x.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NetworkNodeInterface>>>))
            .Description("Its nodes, from first to last.")
            .Access(FieldAccess.Open);
    }
}
