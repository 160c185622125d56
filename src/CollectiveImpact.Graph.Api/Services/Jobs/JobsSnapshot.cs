namespace CollectiveImpact.Graph.Api.Services.Jobs;

/// <summary>What <see cref="AnalysisJobs"/> holds now and has done since the start, for <c>/readyz</c> and the metrics.</summary>
/// <param name="Workers">Dedicated job worker threads.</param>
/// <param name="MaxQueued">How many jobs may be queued or running at once.</param>
/// <param name="ByState">The jobs remembered now, by state (finished ones until forgotten).</param>
/// <param name="Started">Jobs started since the start (a request answered from the cache starts none).</param>
/// <param name="Finished">Jobs that reached each final state since the start.</param>
/// <param name="Rejected">Jobs refused because the queue or the caller's share was full.</param>
public sealed record JobsSnapshot(
    int Workers, int MaxQueued, IReadOnlyDictionary<JobState, int> ByState, long Started, IReadOnlyDictionary<JobState, long> Finished, long Rejected);
