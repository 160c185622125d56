using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;
using CollectiveImpact.Graph.Api.Services.Jobs;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>
/// Background analysis jobs (docs/jobs.md): polling one, the backbone's list, and cancelling. Jobs are started by the
/// analysis fields themselves (centrality, networkMetrics) when their computation would not fit a request.
/// </summary>
public static class AnalysisJobFields
{
    public static void AddAnalysisJobFields(this Query query)
    {
        query.Field<AnalysisJobType>("analysisJob")
            .Description("A background analysis job by id, as an analysis field's `job` gave it; null when there is none or it was forgotten (Jobs:AbandonAfter after it finished or was last polled). Each poll keeps it alive.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The job's id.")
            .Resolve().WithService<AnalysisJobs>().Resolve((context, jobs) => jobs.Poll(context.GetArgument<string>("id")))
            .Access(FieldAccess.Analysis);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalysisJobType>>>>("analysisJobs")
            .Description("Every background analysis job the service remembers (queued, running, and recently finished), the most recently queued first. Listing does not count as polling.")
            .Resolve().WithService<AnalysisJobs>().Resolve((_, jobs) => jobs.List())
            .Access(FieldAccess.Backbone);
    }

    public static void AddAnalysisJobMutations(this Mutation mutation)
    {
        mutation.Field<NonNullGraphType<AnalysisJobType>>("cancelJob")
            .Description("Cancels a queued or running background analysis job: a queued one never runs, a running one is told to stop (state CANCELLED). Only the caller who started it or the backbone may; a finished job is returned as it is. NOT_FOUND for an unknown id, FORBIDDEN for somebody else's job. Every caller who joined the job sees it cancelled.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The job's id.")
            .Resolve().WithService<AnalysisJobs>().Resolve((context, jobs) =>
            {
                var caller = context.Caller();
                return jobs.Cancel(context.GetArgument<string>("id"), caller.PartitionKey, caller.Role == Roles.Backbone);
            })
            .Access(FieldAccess.Analysis);
    }
}
