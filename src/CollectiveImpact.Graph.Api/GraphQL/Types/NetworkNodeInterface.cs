using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

/// <summary>What every node shares: one id space across goals, indicators, organizations, people, activities.</summary>
public sealed class NetworkNodeInterface : InterfaceGraphType<INetworkNode>
{
    public NetworkNodeInterface()
    {
        Name = "NetworkNode";
        Description = "Anything with an id in the network's single id space: the initiative, a goal, an indicator, an organization, a person or an activity.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id, unique across every kind.").Access(FieldAccess.Open);
        Field(x => x.Name).Description("The display name.").Access(FieldAccess.Open);
        Field(x => x.Kind, type: typeof(NonNullGraphType<NodeKindEnumType>)).Description("Which kind of node this is.").Access(FieldAccess.Open);
    }
}
