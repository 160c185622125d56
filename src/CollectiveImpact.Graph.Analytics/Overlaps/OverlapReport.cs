namespace CollectiveImpact.Graph.Analytics.Overlaps;

/// <summary>
/// What <see cref="OverlapAnalysis"/> found: uncoordinated pairs first, then by descending similarity, then by ids.
/// </summary>
public sealed record OverlapReport(OverlapOptions Options, IReadOnlyList<ActivityOverlap> Overlaps)
{
    public int CoordinatedCount => Overlaps.Count(o => o.Status == OverlapStatus.Coordinated);

    public int UncoordinatedCount => Overlaps.Count(o => o.Status == OverlapStatus.Uncoordinated);
}
