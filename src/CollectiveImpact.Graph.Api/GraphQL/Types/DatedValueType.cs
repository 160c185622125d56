using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class DatedValueType : ObjectGraphType<DatedValue>
{
    public DatedValueType()
    {
        Name = "DatedValue";
        Description = "An indicator's baseline or target: a value, and the date it held or should hold.";
        Field(x => x.Value).Description("The value, in the indicator's unit.").Access(FieldAccess.Open);
        Field(x => x.Date, type: typeof(CalendarDateGraphType)).Description("When the value held (baseline) or should hold (target).").Access(FieldAccess.Open);
    }
}
