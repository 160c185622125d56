using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>
/// Compares two networks entry by entry, keyed as writes key them (nodes by id, ties by <see cref="TieKey"/>,
/// measurements by <see cref="MeasurementKey"/>). One place for every store and for dry runs: the network before a
/// write and the one <see cref="Validation.NetworkChangeApplier"/> makes of it give what the write adds, changes and
/// removes.
/// </summary>
/// <remarks>Linear in the two networks' sizes. Entries kept as they were are usually the same instances, which
/// compare at once; others compare field by field, lists item by item.</remarks>
public static class NetworkDiff
{
    public static NetworkChanges Between(Network before, Network after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new NetworkChanges(
            Compare(Optional(before.Initiative), Optional(after.Initiative), x => x.Id, (x, y) => x == y),
            Compare(before.Goals, after.Goals, x => x.Id, (x, y) => x == y),
            Compare(before.Indicators, after.Indicators, x => x.Id, (x, y) => x == y),
            Compare(before.Measurements, after.Measurements, x => x.Key, (x, y) => x == y),
            Compare(before.Organizations, after.Organizations, x => x.Id, SameOrganization),
            Compare(before.People, after.People, x => x.Id, (x, y) => x == y),
            Compare(before.Activities, after.Activities, x => x.Id, SameActivity),
            Compare(before.Ties, after.Ties, x => x.Key, (x, y) => x == y));
    }

    private static KindChanges Compare<T, TKey>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, TKey> key, Func<T, T, bool> same)
        where T : class
        where TKey : notnull
    {
        if (before.Count == 0 || after.Count == 0)
        {
            return new KindChanges(after.Count, 0, before.Count, 0);
        }

        var stored = new Dictionary<TKey, T>(before.Count);
        foreach (var entry in before)
        {
            stored.TryAdd(key(entry), entry);
        }

        int added = 0, changed = 0, unchanged = 0;
        foreach (var entry in after)
        {
            if (!stored.Remove(key(entry), out var old))
            {
                added++;
            }
            else if (ReferenceEquals(old, entry) || same(old, entry))
            {
                unchanged++;
            }
            else
            {
                changed++;
            }
        }

        return new KindChanges(added, changed, stored.Count, unchanged);
    }

    private static IReadOnlyList<Initiative> Optional(Initiative? initiative) => initiative is null ? [] : [initiative];

    // Records compare lists by reference; these compare them by content.
    private static bool SameOrganization(Organization x, Organization y) =>
        x with { Goals = y.Goals } == y && x.Goals.SequenceEqual(y.Goals, StringComparer.Ordinal);

    private static bool SameActivity(Activity x, Activity y) =>
        x with { Partners = y.Partners, Indicators = y.Indicators, Populations = y.Populations, Places = y.Places } == y
        && x.Partners.SequenceEqual(y.Partners, StringComparer.Ordinal)
        && x.Indicators.SequenceEqual(y.Indicators, StringComparer.Ordinal)
        && x.Populations.SequenceEqual(y.Populations, StringComparer.Ordinal)
        && x.Places.SequenceEqual(y.Places, StringComparer.Ordinal);
}
