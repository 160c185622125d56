namespace CollectiveImpact.Graph.Analytics.Gaps;

/// <summary>What <see cref="GapAnalysis"/> found, ordered by kind (as listed in <see cref="GapKind"/>), then node ids.</summary>
public sealed record GapReport(GapAnalysisOptions Options, IReadOnlyList<GapFinding> Findings)
{
    /// <summary>The findings of one kind.</summary>
    public IReadOnlyList<GapFinding> OfKind(GapKind kind) => Findings.Where(f => f.Kind == kind).ToList();
}
