namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// An analysis result with what it takes to reproduce it (analyses.md): the parameters it ran with, the network version
/// it read, and when it was computed (a cached result keeps the time it was first computed).
/// </summary>
public sealed record AnalysisRun<TResult>(IAnalysis<TResult> Parameters, long NetworkVersion, DateTimeOffset ComputedAt, TResult Result);
