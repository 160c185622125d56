using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Comparison;
using CollectiveImpact.Graph.Api.Services.Jobs;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary><c>compare(from, to)</c> (analyses.md §6) as a query field, beside <see cref="Query"/>.</summary>
public static class ComparisonFields
{
    public static void AddComparisonFields(this Query query) =>
        query.Field<NonNullGraphType<ComparisonType>>("compare")
            .Description("What changed between two states of the network (analyses.md §6), each a date or a snapshot: who joined and left; ties added and ended, by type and by sector pair; the ORGANIZATIONS network's metrics, reinforcement index, equity summary and backbone dependence before, after and change; the biggest movers in degree and betweenness; and sentences to read out. Comparing a side with itself changes nothing; swapping the sides negates every change. Cached per pair of sides. When estimated above Jobs:RunAsJobAbove (e.g. at 20,000 organizations) it runs as a background job: the answer comes at once with `job` set and the result null until the job succeeds (docs/jobs.md).")
            .Argument<NonNullGraphType<CompareSideInputType>>("from", "The earlier side (\"before\"): a date or a snapshot.")
            .Argument<NonNullGraphType<CompareSideInputType>>("to", "The later side (\"after\"): a date or a snapshot.")
            .Argument<NonNullGraphType<IntGraphType>>("movers", "How many risers and as many fallers to list per measure, 0 to 100 (default 5).", a => a.DefaultValue = 5)
            .Argument<NonNullGraphType<IntGraphType>>("seed", "Seeds the Louvain communities behind modularity (default 42).", a => a.DefaultValue = 42)
            .Resolve().WithServices<CompareService, ProjectionProvider, IOptions<JobOptions>>().ResolveAsync(async (context, service, projections, jobs) => await service.CompareAsync(
                context.GetArgument<CompareSide>("from"),
                context.GetArgument<CompareSide>("to"),
                new ComparisonOptions(context.GetArgument<int>("movers"), context.GetArgument<int>("seed")),
                () => AnalysisCost.RunsAsJob(AnalysisCost.Comparison(projections.SizeOf(ProjectionKind.Organizations)), jobs.Value),
                context.CancellationToken))
            .Access(FieldAccess.Analysis);
}
