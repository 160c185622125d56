using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Inputs;

public sealed class DatedValueInputType : InputObjectGraphType<DatedValue>
{
    public DatedValueInputType()
    {
        Name = "DatedValueInput";
        Description = "A baseline or target: a value, and the date it held or should hold.";
        Field(x => x.Value).Description("The value, in the indicator's unit.");
        Field(x => x.Date, type: typeof(CalendarDateGraphType)).Description("The date (YYYY-MM-DD).");
    }
}
