namespace CollectiveImpact.Graph.Analytics.Gaps;

/// <summary>How many findings of one kind a gap analysis made (<see cref="GapReport.Counts"/>).</summary>
public sealed record GapKindCount(GapKind Kind, int Count);
