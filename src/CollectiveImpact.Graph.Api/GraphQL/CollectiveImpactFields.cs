using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL;
using GraphQL.MicrosoftDI;
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
            .WithAsOf("Data is recent when measured in the staleAfterDays up to it.")
            .Argument<NonNullGraphType<IntGraphType>>("staleAfterDays", "How many days back a measurement still counts as recent (default 365, 0 to 36500).", a => a.DefaultValue = 365)
            .Argument<IdGraphType>("goal", "Only findings about this goal: the goal itself, its indicators, and the activities and organizations working on it.")
            .Argument<ListGraphType<NonNullGraphType<GapKindEnumType>>>("kinds", "Only findings of these kinds (default all).")
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) =>
            {
                var asOf = context.AsOf() ?? runner.Today;
                return await runner.RunAsync(
                    new GapsAnalysis(
                        asOf,
                        context.GetArgument<int>("staleAfterDays"),
                        context.GetArgument<string?>("goal"),
                        context.GetArgument<List<GapKind>?>("kinds")?.Distinct().Order().ToList()),
                    asOf,
                    context.CancellationToken);
            })
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<OverlapsType>>("overlaps")
            .Description("Pairs of activities with different leads whose indicators overlap (Jaccard at least minSimilarity) and that share a population and a place: coordinated, or a duplication risk (analyses.md §3).")
            .Argument<NonNullGraphType<FloatGraphType>>("minSimilarity", "The least Jaccard similarity of the two indicator sets, 0..1 (default 0.5).", a => a.DefaultValue = 0.5)
            .Argument<CoordinationEnumType>("coordination", "Only pairs with this status (default both).")
            .WithAsOf()
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) => await runner.RunAsync(
                new OverlapsAnalysis(context.GetArgument<double>("minSimilarity"), context.GetArgument<OverlapStatus?>("coordination")),
                context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<ReinforcementType>>("reinforcement")
            .Description("The mutual reinforcement check (analyses.md §4): per goal, how many pairs of its activities with different leads are joined by FEEDS_INTO or their leads' tie, which are not, and the FEEDS_INTO pipelines; and one index for the initiative.")
            .WithAsOf()
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) => await runner.RunAsync(new ReinforcementAnalysis(), context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<ProgressType>>("indicatorProgress")
            .Description("Every shared measure's progress as of a day: baseline, latest, target, the fraction of the way covered and expected by then, on track or not, and the trend per year.")
            .WithAsOf("Later measurements are left out.")
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) =>
            {
                var asOf = context.AsOf() ?? runner.Today;
                return await runner.RunAsync(new ProgressAnalysis(asOf), asOf, context.CancellationToken);
            })
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<BrokerageType>>("brokerage")
            .Description("Where the backbone should broker new connections: pairs of organizations not joined in ORGANIZATIONS that share a goal, ranked by what they share and how far apart they are, each saying why (analyses.md §5).")
            .Argument<NonNullGraphType<IntGraphType>>("top", "How many recommendations, zero or more (default 20).", a => a.DefaultValue = 20)
            .Argument<NonNullGraphType<IntGraphType>>("seed", "Seeds the Louvain communities the score reads (default 42).", a => a.DefaultValue = 42)
            .WithAsOf()
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) => await runner.RunAsync(
                new BrokerageAnalysis(context.GetArgument<int>("top"), context.GetArgument<int>("seed")), context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<WhatIfType>>("whatIf")
            .Description("What ORGANIZATIONS would look like with the best `top` brokerage introductions made: components, average path and reinforcement index before and after. Nothing is stored.")
            .Argument<NonNullGraphType<IntGraphType>>("top", "How many of the best brokerage recommendations to apply, zero or more.")
            .Argument<NonNullGraphType<IntGraphType>>("seed", "Seeds the recommendations' Louvain communities (default 42), as in brokerage.", a => a.DefaultValue = 42)
            .WithAsOf()
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) => await runner.RunAsync(
                new WhatIfAnalysis(context.GetArgument<int>("top"), context.GetArgument<int>("seed")), context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<EquityLensType>>("equityLens")
            .Description("Do community voices sit at the edge? Centrality and structural holes of community-led versus other organizations, and per sector, on ORGANIZATIONS (where community-led and sector are defined).")
            .Argument<ListGraphType<NonNullGraphType<CentralityMeasureEnumType>>>("measures", "The centralities to compare (default DEGREE, BETWEENNESS, CLOSENESS, EIGENVECTOR). BETWEENNESS is exact up to 5,000 organizations and above that estimated from 100 sampled sources (seed 0), its sample size and error bound stated on the measure.")
            .Argument<NonNullGraphType<BooleanGraphType>>("structuralHoles", "Also compare Burt's constraint and effective size (default true).", a => a.DefaultValue = true)
            .WithAsOf()
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) => await runner.RunAsync(
                new EquityLensAnalysis(
                    [.. (context.GetArgument<List<CentralityMeasure>?>("measures") ?? EquityOptions.DefaultMeasures).Distinct().Order()],
                    context.GetArgument<bool>("structuralHoles")),
                context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Analysis);
    }
}
