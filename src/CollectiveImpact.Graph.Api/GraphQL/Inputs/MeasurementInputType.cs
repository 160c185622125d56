using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Inputs;

public sealed class MeasurementInputType : InputObjectGraphType<Measurement>
{
    public MeasurementInputType()
    {
        Name = "MeasurementInput";
        Description = "A measurement. One already recorded for the same indicator and date is replaced.";
        Field(x => x.Indicator, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the indicator measured.");
        Field(x => x.Date, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("The date measured (YYYY-MM-DD).");
        Field(x => x.Value).Description("The value, in the indicator's unit.");
        Field(x => x.ReportedBy, type: typeof(IdGraphType)).Description("The id of the reporting organization.");
    }
}
