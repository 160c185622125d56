using CollectiveImpact.Graph.Analytics.Gaps;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>How many findings of one kind a gap analysis made.</summary>
public sealed record GapKindCount(GapKind Kind, int Count);
