using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

/// <summary>
/// <c>GoalPayload { goal, version }</c> and its siblings: one generic graph type, named after the entry it carries,
/// rather than seven files that differ only in a name.
/// </summary>
public sealed class MutationPayloadType<TItem, TItemGraphType> : ObjectGraphType<MutationPayload<TItem>>
    where TItemGraphType : IGraphType
{
    public MutationPayloadType()
    {
        var itemName = typeof(TItem).Name;
        Name = itemName + "Payload";
        Description = $"The {itemName.ToLowerInvariant()} as written, and the network version the write produced.";
        Field<NonNullGraphType<TItemGraphType>>(char.ToLowerInvariant(itemName[0]) + itemName[1..])
            .Description($"The {itemName.ToLowerInvariant()} as stored.")
            .Resolve(context => context.Source.Item)
            .Access(FieldAccess.Open);
        Field(x => x.Version).Description("The network version the write produced.").Access(FieldAccess.Open);
    }
}
