namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// Old node index to new for <see cref="ProjectionPatch"/>: the nodes are segments (FULL: goals, indicators,
/// organizations, people, activities), each keeping the order of the entries it kept, losing the ones a write deleted
/// and growing at its end, so the map is monotone on the nodes kept and the sorted edge list stays sorted.
/// </summary>
internal sealed class NodeIndexMap
{
    private readonly int[] map;

    private NodeIndexMap(int[] map, int[] afterStart, int[] appendedFrom, int removed, bool identity)
    {
        this.map = map;
        AfterStart = afterStart;
        AppendedFrom = appendedFrom;
        Removed = removed;
        IsIdentity = identity;
    }

    /// <summary>Where each segment starts among the new nodes (one more entry: the node count).</summary>
    public int[] AfterStart { get; }

    /// <summary>Per segment, the index within the segment of its first appended node (its count when none was appended).</summary>
    public int[] AppendedFrom { get; }

    /// <summary>How many old nodes the write deleted.</summary>
    public int Removed { get; }

    /// <summary>No node moved or went (nodes were at most appended to the last segment).</summary>
    public bool IsIdentity { get; }

    /// <summary>
    /// The map from the old node ids to the new, segment by segment (<paramref name="beforeCounts"/> and
    /// <paramref name="afterCounts"/> nodes each): within a segment the old ids must be the kept ones in their order with
    /// the deleted ones left out, then the appended ones. Null when they are not (an entry moved): the caller builds again.
    /// </summary>
    public static NodeIndexMap? Of(IReadOnlyList<string> beforeIds, int[] beforeCounts, IReadOnlyList<string> afterIds, int[] afterCounts)
    {
        var map = new int[beforeIds.Count];
        var afterStart = new int[afterCounts.Length + 1];
        var appendedFrom = new int[afterCounts.Length];
        var removed = 0;
        var identity = true;
        var old = 0;
        for (var s = 0; s < afterCounts.Length; s++)
        {
            afterStart[s + 1] = afterStart[s] + afterCounts[s];
            var next = 0;
            for (var k = 0; k < beforeCounts[s]; k++, old++)
            {
                if (next < afterCounts[s] && string.Equals(beforeIds[old], afterIds[afterStart[s] + next], StringComparison.Ordinal))
                {
                    map[old] = afterStart[s] + next++;
                    identity &= map[old] == old;
                }
                else
                {
                    // Deleted, or moved: a moved entry shows up again among the appended ones, which the patch refuses
                    // because their ids are already nodes.
                    map[old] = -1;
                    removed++;
                    identity = false;
                }
            }

            appendedFrom[s] = next;
        }

        return old == beforeIds.Count ? new NodeIndexMap(map, afterStart, appendedFrom, removed, identity) : null;
    }

    /// <summary>The new index of old node <paramref name="old"/>; -1 when the write deleted it.</summary>
    public int Map(int old) => map[old];
}
