using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>The edge half of <see cref="ProjectionPatch"/>: a built projection's sorted edges with a write's connection changes merged in.</summary>
internal static class EdgeMerge
{
    /// <summary>
    /// The old edges renumbered, with the changed connections applied: weights moved by one per connection, relations
    /// set by an added connection and cleared when the last one goes; edges at weight 0 dropped. Null when the changes
    /// do not fit the old edges (a removed connection that was never there).
    /// </summary>
    public static (WeightedEdge[] Edges, uint[] Masks)? Apply(
        NetworkProjection built, NodeIndexMap map, List<ConnectionChange> changes, Func<int, int, EdgeRelation, bool> remains)
    {
        var (pairs, oldEdges, oldMasks) = Kept(built, map);

        var byPair = changes.Where(c => c.U != c.V).GroupBy(c => Pack(Math.Min(c.U, c.V), Math.Max(c.U, c.V))).OrderBy(g => g.Key).ToList();
        var changed = new List<(long Pair, double Weight, uint Mask)>(byPair.Count);
        foreach (var group in byPair)
        {
            var at = Array.BinarySearch(pairs, group.Key);
            var weight = (at >= 0 ? oldEdges[at].Weight : 0) + group.Sum(c => c.Sign);
            var mask = at >= 0 ? oldMasks[at] : 0u;
            foreach (var relation in group.GroupBy(c => c.Relation))
            {
                var bit = NetworkProjection.Bit(relation.Key);
                if (relation.Any(c => c.Sign > 0))
                {
                    mask |= bit;
                }
                else if ((mask & bit) == 0)
                {
                    return null;
                }
                else if (!remains((int)(group.Key >> 32), (int)(group.Key & 0xFFFFFFFF), relation.Key))
                {
                    mask &= ~bit;
                }
            }

            if (weight < 0 || (weight == 0) != (mask == 0))
            {
                return null;
            }

            changed.Add((group.Key, weight, mask));
        }

        var edges = new List<WeightedEdge>(oldEdges.Count + changed.Count);
        var masks = new List<uint>(oldEdges.Count + changed.Count);
        var next = 0;
        foreach (var (pair, weight, mask) in changed)
        {
            for (; next < pairs.Length && pairs[next] < pair; next++)
            {
                edges.Add(new WeightedEdge((int)(pairs[next] >> 32), (int)(pairs[next] & 0xFFFFFFFF), oldEdges[next].Weight));
                masks.Add(oldMasks[next]);
            }

            next += next < pairs.Length && pairs[next] == pair ? 1 : 0;
            if (weight > 0)
            {
                edges.Add(new WeightedEdge((int)(pair >> 32), (int)(pair & 0xFFFFFFFF), weight));
                masks.Add(mask);
            }
        }

        for (; next < pairs.Length; next++)
        {
            edges.Add(new WeightedEdge((int)(pairs[next] >> 32), (int)(pairs[next] & 0xFFFFFFFF), oldEdges[next].Weight));
            masks.Add(oldMasks[next]);
        }

        return ([.. edges], [.. masks]);
    }

    /// <summary>The old edges between nodes the write kept, renumbered (still sorted: the map is monotone), with their weights and relations.</summary>
    private static (long[] Pairs, IReadOnlyList<WeightedEdge> Edges, IReadOnlyList<uint> Masks) Kept(NetworkProjection built, NodeIndexMap map)
    {
        var edges = built.Graph.Edges;
        var pairs = new long[edges.Count];
        if (map.Removed == 0)
        {
            for (var k = 0; k < edges.Count; k++)
            {
                pairs[k] = Pack(map.Map(edges[k].U), map.Map(edges[k].V));
            }

            return (pairs, edges, built.Masks);
        }

        var keptEdges = new List<WeightedEdge>(edges.Count);
        var keptMasks = new List<uint>(edges.Count);
        for (var k = 0; k < edges.Count; k++)
        {
            var (u, v) = (map.Map(edges[k].U), map.Map(edges[k].V));
            if (u >= 0 && v >= 0)
            {
                pairs[keptEdges.Count] = Pack(u, v);
                keptEdges.Add(edges[k]);
                keptMasks.Add(built.Masks[k]);
            }
        }

        return (pairs[..keptEdges.Count], keptEdges, keptMasks);
    }

    private static long Pack(int u, int v) => ((long)u << 32) | (uint)v;
}
