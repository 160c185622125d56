using System.Text.Json.Serialization;
using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.Services.Jobs;

namespace CollectiveImpact.Graph.Api.Services.Comparison;

/// <summary>
/// A comparison with what it ran on and with: the two sides, its parameters and when it was computed (a cached one keeps
/// that time). While a background job computes it (docs/jobs.md), <see cref="Result"/> and <see cref="ComputedAt"/> are
/// null and <see cref="Job"/> says how far it is.
/// </summary>
public sealed record ComparisonRun(ComparedSideInfo From, ComparedSideInfo To, ComparisonOptions Parameters, DateTimeOffset? ComputedAt, NetworkChange? Result)
{
    /// <summary>The background job computing it when it would not fit a request; null when computed or read in the request. Never cached.</summary>
    [JsonIgnore]
    public AnalysisJob? Job { get; init; }
}
