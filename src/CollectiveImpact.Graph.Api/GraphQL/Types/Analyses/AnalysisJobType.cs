using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Api.Services.Comparison;
using CollectiveImpact.Graph.Api.Services.Jobs;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class AnalysisJobType : ObjectGraphType<AnalysisJob>
{
    public AnalysisJobType()
    {
        Name = "AnalysisJob";
        Description = "An analysis too long for a request, running in the background (docs/jobs.md). Poll it with analysisJob(id) until it is SUCCEEDED, then read the result here or ask the same field again (answered from the cache). Asking for the same analysis, parameters and network version joins the same job.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The job's id, for analysisJob(id) and cancelJob(id).").Resolve(c => c.Source.Id).Access(FieldAccess.Analysis);
        Field(x => x.Analysis).Description("The analysis field it computes, e.g. centrality.").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<StringGraphType>>("parameters")
            .Description("The parameters its result depends on, as a JSON object of canonical values (the cache key's).")
            .Resolve(c => JsonSerializer.Serialize(c.Source.Key.Parameters))
            .Access(FieldAccess.Analysis);
        Field(x => x.NetworkVersion).Description("The network version it reads; its result is for that version only.").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<BooleanGraphType>>("stale")
            .Description("True when the network has changed since the version it reads (as last read by the service): its result will not answer for the current version.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ProjectionProvider>().Latest is { } latest && latest.Version > c.Source.NetworkVersion)
            .Access(FieldAccess.Analysis);
        Field(x => x.State, type: typeof(NonNullGraphType<JobStateEnumType>)).Description("Where it stands.").Access(FieldAccess.Analysis);
        Field(x => x.Progress).Description("The fraction done, 0 to 1, as the measure reports it; 1 once succeeded. Measures that report nothing stay at 0 until they end.").Access(FieldAccess.Analysis);
        Field<FloatGraphType>("estimatedSecondsLeft")
            .Description("While RUNNING: seconds left, estimated as elapsed × (1 − progress) / progress; null before any progress is reported, and when not running.")
            .Resolve(c => c.Source.EstimatedSecondsLeft(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()))
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("queuedAt").Description("When it was queued (UTC).").Resolve(c => c.Source.QueuedAt).Access(FieldAccess.Analysis);
        Field<DateTimeOffsetGraphType>("startedAt").Description("When a job worker took it (UTC); null while queued, or if it never ran.").Resolve(c => c.Source.StartedAt).Access(FieldAccess.Analysis);
        Field<DateTimeOffsetGraphType>("finishedAt").Description("When it reached its final state (UTC); null until then.").Resolve(c => c.Source.FinishedAt).Access(FieldAccess.Analysis);
        Field<JobErrorType>("error").Description("Why it failed, was cancelled or expired; null otherwise.").Resolve(c => JobErrors.Of(c.Source)).Access(FieldAccess.Analysis);
        Field<CentralityType>("centrality")
            .Description("The result, for a centrality job that SUCCEEDED; null otherwise.")
            .Resolve(c => Result<IReadOnlyList<RankedNode>>(c.Source))
            .Access(FieldAccess.Analysis);
        Field<NetworkMetricsType>("networkMetrics")
            .Description("The result, for a networkMetrics job that SUCCEEDED; null otherwise.")
            .Resolve(c => Result<NetworkMetricsResult>(c.Source))
            .Access(FieldAccess.Analysis);
        Field<ComparisonType>("compare")
            .Description("The result, for a compare job that SUCCEEDED; null otherwise.")
            .Resolve(c => c.Source.State == JobState.Succeeded ? c.Source.Result as ComparisonRun : null)
            .Access(FieldAccess.Analysis);
    }

    private static AnalysisRun<TResult>? Result<TResult>(AnalysisJob job) =>
        job.State == JobState.Succeeded && job.Result is ComputedAnalysis<TResult> computed && job.Parameters is IAnalysis<TResult> analysis
            ? new AnalysisRun<TResult>(analysis, computed.NetworkVersion, computed.ComputedAt, computed.Value)
            : null;
}
