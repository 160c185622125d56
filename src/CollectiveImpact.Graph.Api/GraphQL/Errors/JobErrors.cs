using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Jobs;
using CollectiveImpact.Graph.Api.Services.Scheduling;

namespace CollectiveImpact.Graph.Api.GraphQL.Errors;

/// <summary>
/// The code and message a finished job's failure reaches the client with: the same codes a request-time analysis
/// would fail with (a <see cref="ServiceProblem"/> through <see cref="ApiError.From"/>), JOB_CANCELLED or JOB_EXPIRED for
/// a job stopped on purpose, and anything unexpected masked as INTERNAL (the job's span and log keep the details).
/// </summary>
public static class JobErrors
{
    /// <summary>The job's error; null unless it failed, was cancelled or expired.</summary>
    public static JobError? Of(AnalysisJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.State switch
        {
            JobState.Cancelled => new JobError(ErrorCodes.JobCancelled, job.Failure?.Message ?? "Cancelled."),
            JobState.Expired => new JobError(ErrorCodes.JobExpired, job.Failure?.Message ?? "Expired."),
            JobState.Failed => job.Failure switch
            {
                ServiceProblem problem when ApiError.From(problem) is { } error => new JobError(error.Code ?? ErrorCodes.Internal, error.Message),
                SchedulerRejectedException rejected => new JobError(
                    rejected.Reason == RejectionReason.CallerShareFull ? ErrorCodes.RateLimited : ErrorCodes.ServiceOverloaded, rejected.Message),
                _ => new JobError(ErrorCodes.Internal, ApiErrorInfoProvider.MaskedMessage),
            },
            _ => null,
        };
    }
}
