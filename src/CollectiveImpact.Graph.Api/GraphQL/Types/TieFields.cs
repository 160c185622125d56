using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using GraphQL;
using GraphQL.Types;
using DomainTieType = CollectiveImpact.Graph.Store.Domain.TieType;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

/// <summary>The <c>ties</c> field that organizations, people and activities share.</summary>
public static class TieFields
{
    public static void AddTies<TNode>(this ObjectGraphType<TNode> type, FieldAccess access)
        where TNode : INetworkNode =>
        type.Connection<TieType>("ties")
            .Description("The ties touching this node at either end, in key order (from, to, type).")
            .Argument<ListGraphType<NonNullGraphType<TieTypeEnumType>>>("type", "Only ties of these types.")
            .Resolve(context =>
            {
                var types = context.GetArgument<List<DomainTieType>?>("type");
                return context.LoadChildren(
                    l => l.TiesByNode,
                    context.Source.Id,
                    t => PageKeys.OfTie(t.Key),
                    types is null ? null : t => types.Contains(t.Type));
            })
            .Access(access);
}
