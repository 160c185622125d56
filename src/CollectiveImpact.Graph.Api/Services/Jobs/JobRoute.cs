using CollectiveImpact.Graph.Api.Services.Analyses;

namespace CollectiveImpact.Graph.Api.Services.Jobs;

/// <summary>
/// How <see cref="AnalysisRunner"/> may send an analysis to a background job instead of computing it in the request.
/// </summary>
/// <param name="RunsAsJob">Asked once the current version is read (so the projection sizes the cost model reads are
/// known): true when the analysis is too long for a request.</param>
/// <param name="Answer">The request's answer once the job is started or joined: the result when it is already there,
/// else what can be answered while the job runs (with the job).</param>
public sealed record JobRoute<TResult>(Func<bool> RunsAsJob, Func<JobStart<TResult>, Task<AnalysisRun<TResult>>> Answer);
