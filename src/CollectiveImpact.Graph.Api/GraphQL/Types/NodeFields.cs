using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

/// <summary>What every node type declares alike: it implements <c>NetworkNode</c>, with its id, name and kind.</summary>
public static class NodeFields
{
    public static void AddNodeFields<TNode>(this ObjectGraphType<TNode> type, NodeKind kind)
        where TNode : INetworkNode
    {
        var noun = kind.ToString().ToLowerInvariant();
        type.Interface<NetworkNodeInterface>();
        type.IsTypeOf = value => value is TNode;
        type.Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description($"The {noun}'s id, unique across every kind.");
        type.Field(x => x.Name).Description($"The {noun}'s name.");
        type.Field(x => x.Kind, type: typeof(NonNullGraphType<NodeKindEnumType>)).Description($"Always {kind.ToString().ToUpperInvariant()}.");
    }
}
