using CollectiveImpact.Graph.Analytics.Progress;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class ProgressType : ObjectGraphType<AnalysisRun<IReadOnlyList<ProgressSummary>>>
{
    public ProgressType()
    {
        Name = "IndicatorProgressReport";
        Description = "Every shared measure's progress as of a day: where it stands, where it should be, and its trend.";
        this.AddRunFields<IReadOnlyList<ProgressSummary>, ProgressParametersType>();
        Field<NonNullGraphType<IntGraphType>>("onTrackCount").Description("Indicators on track.")
            .Resolve(context => context.Source.Result.Count(i => i.OnTrack == true))
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("offTrackCount").Description("Indicators behind the line from baseline to target.")
            .Resolve(context => context.Source.Result.Count(i => i.OnTrack == false))
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("unknownCount").Description("Indicators whose track cannot be told (no baseline or target with dates, or no measurement).")
            .Resolve(context => context.Source.Result.Count(i => i.OnTrack is null))
            .Access(FieldAccess.Analysis);
        Connection<IndicatorProgressType>("indicators")
            .Description("Each indicator's progress, in document order; paged.")
            .Resolve(context => Connections.FromList(context.Source.Result, context.Page()))
            .Access(FieldAccess.Analysis);
    }
}
