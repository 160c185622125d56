using CollectiveImpact.Graph.Analytics.Change;

namespace CollectiveImpact.Graph.Api.Services.Comparison;

/// <summary>A comparison with what it ran on and with: the two sides, its parameters and when it was computed (a cached one keeps that time).</summary>
public sealed record ComparisonRun(ComparedSideInfo From, ComparedSideInfo To, ComparisonOptions Parameters, DateTimeOffset ComputedAt, NetworkChange Result);
