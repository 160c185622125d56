namespace CollectiveImpact.Graph.Analytics.Gaps;

/// <summary>One gap: its kind, the ids of the nodes it is about, and a sentence a person can act on.</summary>
public sealed record GapFinding(GapKind Kind, IReadOnlyList<string> NodeIds, string Message);
