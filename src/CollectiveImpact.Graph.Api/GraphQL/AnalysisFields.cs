using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Inputs;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Api.Services.Jobs;
using GraphQL;
using GraphQL.Builders;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>
/// The network-structure analyses (analyses.md §1) as query fields, beside <see cref="Query"/> so it stays a table of
/// the read side. Each runs through <see cref="AnalysisRunner"/> on the current version and echoes its parameters.
/// The runner is the request's (scoped, like its scheduler lane), so it is taken per resolve, never captured.
/// </summary>
public static class AnalysisFields
{
    public static void AddAnalysisFields(this Query query)
    {
        query.Field<NonNullGraphType<NetworkMetricsType>>("networkMetrics")
            .Description("The shape of a projection as a whole: size, density, components, diameter and average path of the largest component, clustering, Freeman degree centralization, assortativity and E-I index by sector. When the all-pairs diameter and average path are estimated above Jobs:RunAsJobAbove, they come from a background job (`job` set, both null until it succeeds) while every other metric answers in the request (docs/jobs.md).")
            .WithProjection()
            .WithAsOf()
            .Resolve().WithServices<AnalysisRunner, ProjectionProvider, IOptions<JobOptions>>().ResolveAsync(async (context, runner, projections, jobs) =>
            {
                var analysis = new NetworkMetricsAnalysis(context.GetArgument<ProjectionKind>("projection"));
                var asOf = context.AsOf() ?? runner.Today;
                // The all-pairs diameter and average path come from a job when long; the cheap metrics never wait for them.
                return await runner.RunAsync(analysis, asOf, new JobRoute<NetworkMetricsResult>(
                    () => AnalysisCost.RunsAsJob(AnalysisCost.AllPairs(projections.SizeOf(analysis.Projection)), jobs.Value),
                    async start => Answer(analysis, start)
                        ?? (await runner.RunAsync(analysis with { Distances = false }, asOf, context.CancellationToken)) with { Parameters = analysis, Job = start.Job }),
                    context.CancellationToken);
            })
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<CentralityType>>("centrality")
            .Description("Ranks a projection's nodes by a centrality (NetworkX 3.x conventions). EIGENVECTOR (Lanczos: the principal eigenvector itself, converging with the defaults on every benchmark projection) and PAGE_RANK (power iteration, as NetworkX) fail with ANALYSIS_DID_NOT_CONVERGE when they do not converge within maxIterations. When the computation is estimated above Jobs:RunAsJobAbove (e.g. exact BETWEENNESS, CLOSENESS or HARMONIC on a large FULL projection) it runs as a background job: the answer comes at once with `job` set and no scores until the job succeeds (docs/jobs.md).")
            .WithProjection()
            .Argument<NonNullGraphType<CentralityMeasureEnumType>>("measure", "The measure.")
            .Argument<IntGraphType>("top", "Only the best this many (zero or more); all when omitted. The list is paged either way.")
            .Argument<NonNullGraphType<BooleanGraphType>>("normalized", "NetworkX's normalized, read by DEGREE and BETWEENNESS (default true).", a => a.DefaultValue = true)
            .Argument<BooleanGraphType>("weighted", "Use edge weights (as distances for BETWEENNESS, CLOSENESS and HARMONIC, as strengths for EIGENVECTOR and PAGE_RANK); omitted = NetworkX's default: unweighted, PAGE_RANK weighted.")
            .Argument<CentralitySampleInputType>("sample", "BETWEENNESS only: estimate from sampled sources instead of all (for large graphs).")
            .WithAsOf()
            .Argument<IntGraphType>("maxIterations", $"EIGENVECTOR and PAGE_RANK only: the iteration budget (1 to {CentralityAnalysis.MaxIterationsLimit}); omitted = 100. EIGENVECTOR: matrix-vector products per connected component of the Lanczos solver, which needs about a dozen on the FULL projection of a 20,000-organization network. PAGE_RANK: power iterations, NetworkX's max_iter.")
            .Resolve().WithServices<AnalysisRunner, ProjectionProvider, IOptions<JobOptions>>().ResolveAsync(async (context, runner, projections, jobs) =>
            {
                var analysis = new CentralityAnalysis(
                    context.GetArgument<ProjectionKind>("projection"),
                    context.GetArgument<CentralityMeasure>("measure"),
                    context.GetArgument<int?>("top"),
                    context.GetArgument<bool>("normalized"),
                    context.GetArgument<bool?>("weighted"),
                    context.GetArgument<CentralitySample?>("sample"),
                    context.GetArgument<int?>("maxIterations"));
                return await runner.RunAsync(analysis, context.AsOf(), new JobRoute<IReadOnlyList<RankedNode>>(
                    () => AnalysisCost.RunsAsJob(
                        AnalysisCost.Centrality(analysis.Measure, projections.SizeOf(analysis.Projection), analysis.Sample?.Size, analysis.MaxIterations), jobs.Value),
                    start => Task.FromResult(Answer(analysis, start)
                        ?? new AnalysisRun<IReadOnlyList<RankedNode>>(analysis, start.NetworkVersion, start.Job.QueuedAt, []) { Job = start.Job })),
                    context.CancellationToken);
            })
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<CommunitiesType>>("communities")
            .Description("Louvain communities of a projection (weighted by edge weight, resolution 1); the same seed on the same version gives the same partition.")
            .WithProjection()
            .WithAsOf()
            .Argument<NonNullGraphType<IntGraphType>>("seed", "Seeds Louvain's node-order shuffles (default 42).", a => a.DefaultValue = 42)
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) => await runner.RunAsync(
                new CommunitiesAnalysis(context.GetArgument<ProjectionKind>("projection"), context.GetArgument<int>("seed")),
                context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<CommunityOverviewType>>("communityOverview")
            .Description("The communities of a projection as a map of who works with whom (analyses.md, Community overview): each named from the goals, sector and places its organizations share more than the network's do, with its make-up, and the ties between communities. The same seed gives the communities of `communities`, in the same order.")
            .WithProjection()
            .WithAsOf()
            .Argument<NonNullGraphType<IntGraphType>>("seed", "Seeds Louvain's node-order shuffles (default 42).", a => a.DefaultValue = 42)
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) => await runner.RunAsync(
                new CommunityOverviewAnalysis(context.GetArgument<ProjectionKind>("projection"), context.GetArgument<int>("seed")),
                context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<StructuralHolesType>>("structuralHoles")
            .Description("Burt's constraint and effective size of every node of a projection, the least constrained (the brokers) first.")
            .WithProjection()
            .WithAsOf()
            .Argument<IntGraphType>("top", "Only the best this many (zero or more); all when omitted. The list is paged either way.")
            .Argument<NonNullGraphType<BooleanGraphType>>("weighted", "Read edge weights as tie strengths (default false: every tie counts alike).", a => a.DefaultValue = false)
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) => await runner.RunAsync(
                new StructuralHolesAnalysis(context.GetArgument<ProjectionKind>("projection"), context.GetArgument<int?>("top"), context.GetArgument<bool>("weighted")),
                context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<CutPointsType>>("cutPoints")
            .Description("The articulation points (nodes) and bridges (edges) of a projection: who, if they left, would split the network.")
            .WithProjection()
            .WithAsOf()
            .Resolve().WithService<AnalysisRunner>().ResolveAsync(async (context, runner) => await runner.RunAsync(
                new CutPointsAnalysis(context.GetArgument<ProjectionKind>("projection")), context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Analysis);
    }

    /// <summary>
    /// A job's result when it is there: from the cache at once (no job to show), or from a job that succeeded between
    /// its start and this answer (shown, SUCCEEDED); null while the job is queued or running, or when it did not succeed.
    /// </summary>
    private static AnalysisRun<TResult>? Answer<TResult>(IAnalysis<TResult> analysis, JobStart<TResult> start) =>
        start.Ready is { } ready
            ? new AnalysisRun<TResult>(analysis, ready.NetworkVersion, ready.ComputedAt, ready.Value) { Job = start.AnsweredAtOnce ? null : start.Job }
            : null;

    /// <summary>The <c>projection</c> argument every structural analysis takes, ORGANIZATIONS by default.</summary>
    private static FieldBuilder<object?, TReturn> WithProjection<TReturn>(this FieldBuilder<object?, TReturn> field) =>
        field.Argument<NonNullGraphType<ProjectionEnumType>>("projection", "The graph to analyse (default ORGANIZATIONS).", a => a.DefaultValue = ProjectionKind.Organizations);
}
