namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>What the cache keeps of a run: the result, the version it was computed on and when.</summary>
public sealed record ComputedAnalysis<TResult>(long NetworkVersion, DateTimeOffset ComputedAt, TResult Value);
