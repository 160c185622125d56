namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// An analysis result with what it takes to reproduce it (analyses.md): the parameters it ran with, the network version
/// it read, and when it was computed (a cached result keeps the time it was first computed).
/// </summary>
public sealed record AnalysisRun<TResult>(IAnalysis<TResult> Parameters, long NetworkVersion, DateTimeOffset ComputedAt, TResult Result)
{
    /// <summary>
    /// The background job computing (part of) the result when it would not fit the request (docs/jobs.md): until it
    /// succeeds, <see cref="Result"/> holds only what was computed in the request. Null when computed or read in the request.
    /// </summary>
    public Jobs.AnalysisJob? Job { get; init; }

    /// <summary>
    /// The date the network was read as of (network-format.md, <i>Time</i>): the one asked for, today (UTC) by default.
    /// A cached result computed for another date that counts the same entries serves this one, and says this date.
    /// </summary>
    public DateOnly AsOf { get; init; }
}
