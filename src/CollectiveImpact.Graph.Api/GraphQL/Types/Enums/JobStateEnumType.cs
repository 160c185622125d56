using CollectiveImpact.Graph.Api.Services.Jobs;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>Where a background analysis job stands (docs/jobs.md).</summary>
public sealed class JobStateEnumType : EnumerationGraphType<JobState>
{
    public JobStateEnumType()
    {
        Name = "JobState";
        Description = "Where a background analysis job stands. QUEUED: waiting for a job worker. RUNNING: on a worker (see progress). SUCCEEDED: done, result cached for its network version. FAILED: see error. CANCELLED: by cancelJob, or superseded by the same analysis on a newer version. EXPIRED: nobody polled it for Jobs:AbandonAfter, so it was stopped.";
    }
}
