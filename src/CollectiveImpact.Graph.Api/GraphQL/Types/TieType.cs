using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Editing;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class TieType : ObjectGraphType<Tie>
{
    public TieType()
    {
        Name = "Tie";
        Description = "A typed tie between two nodes. For the undirected types (COLLABORATES, COMMUNICATES) from/to are in id order.";
        Field(x => x.Type, type: typeof(NonNullGraphType<TieTypeEnumType>)).Description("What kind of tie.").Access(FieldAccess.Open);
        Field(x => x.Weight, nullable: true).Description("The weight as given (its meaning depends on the type); null when none was given.").Access(FieldAccess.Open);
        Field<NonNullGraphType<StringGraphType>>("revision").Description("The tie's revision: changes whenever its weight or dates do. Send it as ifRevision with addTie/removeTie to be told (CONFLICT) when it changed since you read it.")
            .Resolve(context => Revisions.Of(context.Source)).Access(FieldAccess.Open);
        Field(x => x.EffectiveWeight).Description("The weight analyses use: the given weight, or 1.").Access(FieldAccess.Open);
        Field(x => x.Since, type: typeof(CalendarDateGraphType)).Description("When the tie began.").Access(FieldAccess.Open);
        Field(x => x.Until, type: typeof(CalendarDateGraphType)).Description("When the tie ended; null while it lasts.").Access(FieldAccess.Open);
        Field<NonNullGraphType<BooleanGraphType>>("directed")
            .Description("False for COLLABORATES and COMMUNICATES, whose ends are interchangeable.")
            .Resolve(context => TieRules.IsDirected(context.Source.Type))
            .Access(FieldAccess.Open);
        Field<NonNullGraphType<NetworkNodeInterface>>("from")
            .Description("The node the tie starts from.")
            .Resolve(context => context.LoadNode<INetworkNode>(context.Source.From))
            .Access(FieldAccess.Open);
        Field<NonNullGraphType<NetworkNodeInterface>>("to")
            .Description("The node the tie goes to.")
            .Resolve(context => context.LoadNode<INetworkNode>(context.Source.To))
            .Access(FieldAccess.Open);
    }
}
