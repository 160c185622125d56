using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class ProgressParametersType : ObjectGraphType<ProgressAnalysis>
{
    public ProgressParametersType()
    {
        Name = "IndicatorProgressParameters";
        Description = "The parameters indicator progress ran with.";
        Field(x => x.AsOf, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("The day it looked from: later measurements were left out.").Access(FieldAccess.Analysis);
    }
}
