using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class MapNodeDistanceType : ObjectGraphType<MapNodeDistance>
{
    public MapNodeDistanceType()
    {
        Name = "MapNodeDistance";
        Description = "A node of a neighbourhood and how many hops it is from the center.";
        Field(x => x.Node, type: typeof(NonNullGraphType<NetworkNodeInterface>)).Description("The node.").Access(FieldAccess.Open);
        Field(x => x.Distance).Description("Hops from the center (0 for the center itself).").Access(FieldAccess.Open);
    }
}
