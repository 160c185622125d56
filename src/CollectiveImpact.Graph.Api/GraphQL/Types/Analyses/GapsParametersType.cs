using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class GapsParametersType : ObjectGraphType<GapsAnalysis>
{
    public GapsParametersType()
    {
        Name = "GapsParameters";
        Description = "The parameters a gap analysis ran with.";
        Field(x => x.AsOf, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("The day it looked from.").Access(FieldAccess.Analysis);
        Field(x => x.StaleAfterDays).Description("How many days back a measurement still counted as recent.").Access(FieldAccess.Analysis);
        Field(x => x.Goal, type: typeof(IdGraphType)).Description("The goal findings were limited to; null for all.").Access(FieldAccess.Analysis);
        Field(x => x.Kinds, type: typeof(ListGraphType<NonNullGraphType<GapKindEnumType>>)).Description("The kinds findings were limited to; null for all.").Access(FieldAccess.Analysis);
    }
}
