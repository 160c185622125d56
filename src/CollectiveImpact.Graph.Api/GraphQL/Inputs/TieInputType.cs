using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Inputs;

public sealed class TieInputType : InputObjectGraphType<Tie>
{
    public TieInputType()
    {
        Name = "TieInput";
        Description = "A tie. A tie with the same ends and type is replaced (for undirected types, in either order).";
        Field(x => x.From, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the node it starts from.");
        Field(x => x.To, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the node it goes to.");
        Field(x => x.Type, type: typeof(NonNullGraphType<TieTypeEnumType>)).Description("What kind of tie; it decides which ends are allowed.");
        Field(x => x.Weight, nullable: true).Description("Its weight (meaning depends on the type); 1 when omitted.");
        Field(x => x.Since, type: typeof(CalendarDateGraphType)).Description("When it began.");
        Field(x => x.Until, type: typeof(CalendarDateGraphType)).Description("When it ended.");
    }
}
