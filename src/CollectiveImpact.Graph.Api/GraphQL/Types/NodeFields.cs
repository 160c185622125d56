using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Editing;
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
        var access = AccessOf(kind);
        type.Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description($"The {noun}'s id, unique across every kind.").Access(access);
        type.Field(x => x.Name).Description($"The {noun}'s name.").Access(access);
        type.Field(x => x.Kind, type: typeof(NonNullGraphType<NodeKindEnumType>)).Description($"Always {kind.ToString().ToUpperInvariant()}.").Access(access);
        type.Field<NonNullGraphType<StringGraphType>>("revision")
            .Description($"The {noun}'s revision: changes whenever any of its fields does. Send it as ifRevision with update{kind}/delete{kind}, so a save made from an older reading is refused with CONFLICT instead of overwriting a newer change.")
            .Resolve(context => Revisions.Of(context.Source!))
            .Access(access);
    }

    /// <summary>A person's very id and name are data about a person; every other node's are open.</summary>
    public static FieldAccess AccessOf(NodeKind kind) => kind == NodeKind.Person ? FieldAccess.People : FieldAccess.Open;
}
