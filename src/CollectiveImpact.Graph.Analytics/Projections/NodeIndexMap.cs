namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// Old node index to new for <see cref="ProjectionPatch"/>: the nodes are segments (FULL: goals, indicators,
/// organizations, people, activities), each keeping its order and growing at its end, so the map is monotone.
/// </summary>
internal sealed class NodeIndexMap
{
    private readonly int[] beforeStart;

    public NodeIndexMap(int[] beforeCounts, int[] afterCounts)
    {
        BeforeCounts = beforeCounts;
        beforeStart = new int[beforeCounts.Length + 1];
        AfterStart = new int[afterCounts.Length + 1];
        for (var s = 0; s < beforeCounts.Length; s++)
        {
            beforeStart[s + 1] = beforeStart[s] + beforeCounts[s];
            AfterStart[s + 1] = AfterStart[s] + afterCounts[s];
            IsIdentity &= beforeStart[s] == AfterStart[s];
        }
    }

    public int[] BeforeCounts { get; }

    public int[] AfterStart { get; }

    /// <summary>No node moves (nodes were at most appended to the last segment).</summary>
    public bool IsIdentity { get; } = true;

    public int Map(int old)
    {
        var s = 0;
        while (old >= beforeStart[s + 1])
        {
            s++;
        }

        return old - beforeStart[s] + AfterStart[s];
    }
}
