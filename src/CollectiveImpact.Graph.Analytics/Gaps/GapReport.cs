namespace CollectiveImpact.Graph.Analytics.Gaps;

/// <summary>What <see cref="GapAnalysis"/> found, ordered by kind (as listed in <see cref="GapKind"/>), then node ids.</summary>
public sealed record GapReport(GapAnalysisOptions Options, IReadOnlyList<GapFinding> Findings)
{
    /// <summary>The findings of one kind.</summary>
    public IReadOnlyList<GapFinding> OfKind(GapKind kind) => Findings.Where(f => f.Kind == kind).ToList();

    /// <summary>
    /// How many findings of each kind the options asked for (every kind when not filtered), in the order of
    /// <see cref="GapKind"/>; a kind without findings counts zero. Counted on reading: derived, so not stored.
    /// </summary>
    public IReadOnlyList<GapKindCount> Counts() =>
        [.. Enum.GetValues<GapKind>()
            .Where(k => Options.Kinds is null || Options.Kinds.Contains(k))
            .Select(k => new GapKindCount(k, Findings.Count(f => f.Kind == k)))];
}
