using CollectiveImpact.Graph.Api.Services.Analyses;

namespace CollectiveImpact.Graph.Api.Services.Jobs;

/// <summary>What asking for an analysis as a job gives at once: the job, and its result when it is already there.</summary>
/// <param name="NetworkVersion">The version the job reads (the current one when asked).</param>
/// <param name="Job">The job started or joined; succeeded at once when the result was cached.</param>
public sealed record JobStart<TResult>(long NetworkVersion, AnalysisJob Job)
{
    /// <summary>The result when the job has succeeded (at once from the cache, or earlier); null while it is not done.</summary>
    public ComputedAnalysis<TResult>? Ready => Job.State == JobState.Succeeded ? Job.Result as ComputedAnalysis<TResult> : null;

    /// <summary>Whether the result came without a background job (it was cached): the job is not remembered then.</summary>
    public bool AnsweredAtOnce => Job.State == JobState.Succeeded && Job.StartedAt is null;
}
