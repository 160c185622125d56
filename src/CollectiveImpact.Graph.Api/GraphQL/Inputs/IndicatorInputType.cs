using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Inputs;

public sealed class IndicatorInputType : InputObjectGraphType<Indicator>
{
    public IndicatorInputType()
    {
        Name = "IndicatorInput";
        Description = "A whole indicator. Updates replace every field: an omitted optional field is cleared.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id, unique across every kind.");
        Field(x => x.Name).Description("What is measured.");
        Field(x => x.Goal, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the goal it measures.");
        Field(x => x.Unit, nullable: true).Description("The unit of its values.");
        Field(x => x.Direction, type: typeof(DirectionEnumType)).DefaultValue(Direction.Increase).Description("Which way is better; INCREASE when omitted.");
        Field(x => x.Baseline, type: typeof(DatedValueInputType)).Description("Where it started.");
        Field(x => x.Target, type: typeof(DatedValueInputType)).Description("Where it should get to.");
    }
}
