using CollectiveImpact.Graph.Analytics.Progress;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>Every indicator's progress, in document order.</summary>
public sealed record ProgressResult(IReadOnlyList<ProgressSummary> Indicators);
