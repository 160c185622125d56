using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class MapEdgeType : ObjectGraphType<MapEdge>
{
    public MapEdgeType()
    {
        Name = "MapEdge";
        Description = "An undirected edge of the network map (the FULL projection), between two nodes of the neighbourhood.";
        Field(x => x.Source, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of one end.").Access(FieldAccess.Open);
        Field(x => x.Target, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the other end.").Access(FieldAccess.Open);
        Field(x => x.Weight).Description("How many distinct connections the edge collapses (parallel ties and links count once each).").Access(FieldAccess.Open);
        Field(x => x.Relations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EdgeRelationEnumType>>>))
            .Description("The kinds of connection it collapses.")
            .Access(FieldAccess.Open);
    }
}
