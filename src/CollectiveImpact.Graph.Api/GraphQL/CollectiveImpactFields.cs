using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>
/// The collective impact analyses (analyses.md §2–5) as query fields, beside <see cref="Query"/>. Each runs through
/// <see cref="AnalysisRunner"/> on the current version and echoes its parameters, defaults filled in.
/// </summary>
public static class CollectiveImpactFields
{
    public static void AddCollectiveImpactFields(this Query query)
    {
        query.Field<NonNullGraphType<GapsType>>("gaps")
            .Description("Where the five conditions of collective impact are missing: one finding per goal, indicator, activity or organization that meets a rule of analyses.md §2, with a sentence to act on.")
            .Argument<CalendarDateGraphType>("asOf", "The day to look from (default today, UTC): data is recent when measured in the staleAfterDays up to it, and later measurements are ignored.")
            .Argument<NonNullGraphType<IntGraphType>>("staleAfterDays", "How many days back a measurement still counts as recent (default 365, zero or more).", a => a.DefaultValue = 365)
            .Argument<IdGraphType>("goal", "Only findings about this goal: the goal itself, its indicators, and the activities and organizations working on it.")
            .Argument<ListGraphType<NonNullGraphType<GapKindEnumType>>>("kinds", "Only findings of these kinds (default all).")
            .ResolveAsync(async context => await context.Service<AnalysisRunner>().RunAsync(
                new GapsAnalysis(
                    context.GetArgument<DateOnly?>("asOf") ?? Today(context),
                    context.GetArgument<int>("staleAfterDays"),
                    context.GetArgument<string?>("goal"),
                    context.GetArgument<List<GapKind>?>("kinds")?.Distinct().Order().ToList()),
                context.CancellationToken));

        query.Field<NonNullGraphType<OverlapsType>>("overlaps")
            .Description("Pairs of activities with different leads whose indicators overlap (Jaccard at least minSimilarity) and that share a population and a place: coordinated, or a duplication risk (analyses.md §3).")
            .Argument<NonNullGraphType<FloatGraphType>>("minSimilarity", "The least Jaccard similarity of the two indicator sets, 0..1 (default 0.5).", a => a.DefaultValue = 0.5)
            .Argument<CoordinationEnumType>("coordination", "Only pairs with this status (default both).")
            .ResolveAsync(async context => await context.Service<AnalysisRunner>().RunAsync(
                new OverlapsAnalysis(context.GetArgument<double>("minSimilarity"), context.GetArgument<OverlapStatus?>("coordination")),
                context.CancellationToken));

        query.Field<NonNullGraphType<ReinforcementType>>("reinforcement")
            .Description("The mutual reinforcement check (analyses.md §4): per goal, how many pairs of its activities with different leads are joined by FEEDS_INTO or their leads' tie, which are not, and the FEEDS_INTO pipelines; and one index for the initiative.")
            .ResolveAsync(async context => await context.Service<AnalysisRunner>().RunAsync(new ReinforcementAnalysis(), context.CancellationToken));

        query.Field<NonNullGraphType<ProgressType>>("indicatorProgress")
            .Description("Every shared measure's progress as of a day: baseline, latest, target, the fraction of the way covered and expected by then, on track or not, and the trend per year.")
            .Argument<CalendarDateGraphType>("asOf", "The day to look from (default today, UTC): later measurements are left out.")
            .ResolveAsync(async context => await context.Service<AnalysisRunner>().RunAsync(
                new ProgressAnalysis(context.GetArgument<DateOnly?>("asOf") ?? Today(context)), context.CancellationToken));
    }

    private static DateOnly Today(IResolveFieldContext context) =>
        DateOnly.FromDateTime(context.Service<TimeProvider>().GetUtcNow().UtcDateTime);
}
