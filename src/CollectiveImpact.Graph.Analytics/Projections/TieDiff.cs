using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// The tie keys one write added and removed, as sets (a projection counts a key once however often it is written):
/// what <see cref="ProjectionPatch"/> turns into added and removed connections. Made once per write and shared by the
/// three projections.
/// </summary>
/// <remarks>
/// Kept ties are the same instances in the same order and new ones are appended
/// (<see cref="Store.Validation.NetworkChangeApplier"/>), so one walk of both lists finds the entries that differ;
/// two more passes check those keys against the other version's list, so a key written twice stays exact. Linear in
/// the number of ties. A write that changes more than <see cref="MaxChangedTies"/> entries is no small write: it has
/// no diff and its projections are built again.
/// </remarks>
internal sealed class TieDiff
{
    public const int MaxChangedTies = 512;

    private readonly HashSet<TieKey> presentAfter;

    private TieDiff(IReadOnlyList<TieKey> added, IReadOnlyList<TieKey> removed, HashSet<TieKey> presentAfter)
    {
        Added = added;
        Removed = removed;
        this.presentAfter = presentAfter;
    }

    public static TieDiff None { get; } = new([], [], []);

    /// <summary>Keys in the new version's ties and not in the old one's.</summary>
    public IReadOnlyList<TieKey> Added { get; }

    /// <summary>Keys in the old version's ties and not in the new one's.</summary>
    public IReadOnlyList<TieKey> Removed { get; }

    /// <summary>Whether the new version has a tie of <paramref name="type"/> from <paramref name="from"/> to <paramref name="to"/>; answers for the ends of <see cref="Removed"/> keys either way round.</summary>
    public bool HasAfter(string from, string to, TieType type) => presentAfter.Contains(TieKey.Of(from, to, type));

    /// <summary>The difference, or null when the write changed more than <see cref="MaxChangedTies"/> tie entries.</summary>
    public static TieDiff? Between(IReadOnlyList<Tie> before, IReadOnlyList<Tie> after)
    {
        if (ReferenceEquals(before, after))
        {
            return None;
        }

        var gone = new List<Tie>();
        var i = 0;
        var j = 0;
        while (i < before.Count && j < after.Count)
        {
            if (ReferenceEquals(before[i], after[j]) || before[i].Key == after[j].Key)
            {
                i++;
                j++;
            }
            else
            {
                gone.Add(before[i++]);
            }

            if (gone.Count > MaxChangedTies)
            {
                return null;
            }
        }

        gone.AddRange(before.Skip(i));
        if (gone.Count + after.Count - j > MaxChangedTies)
        {
            return null;
        }

        // Every key that may differ, with the reverse of each removed one (a FUNDS tie the other way keeps the relation).
        var candidates = new HashSet<TieKey>();
        foreach (var tie in gone)
        {
            candidates.Add(tie.Key);
            candidates.Add(TieKey.Of(tie.To, tie.From, tie.Type));
        }

        for (var k = j; k < after.Count; k++)
        {
            candidates.Add(after[k].Key);
        }

        var ends = candidates.SelectMany(k => new[] { k.From, k.To }).ToHashSet(StringComparer.Ordinal);
        var presentBefore = Present(before, candidates, ends);
        var presentAfter = Present(after, candidates, ends);
        var added = after.Skip(j).Select(t => t.Key).Where(k => !presentBefore.Contains(k)).Distinct().ToList();
        var removed = gone.Select(t => t.Key).Where(k => !presentAfter.Contains(k)).Distinct().ToList();
        return new TieDiff(added, removed, presentAfter);
    }

    private static HashSet<TieKey> Present(IReadOnlyList<Tie> ties, HashSet<TieKey> candidates, HashSet<string> ends)
    {
        var present = new HashSet<TieKey>();
        foreach (var tie in ties)
        {
            // A key is only made for a tie whose two ends both occur among the candidates' (a few hundred ids at most).
            if (ends.Contains(tie.From) && ends.Contains(tie.To) && candidates.Contains(tie.Key))
            {
                present.Add(tie.Key);
            }
        }

        return present;
    }
}
