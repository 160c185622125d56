using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>
/// The reference semantics of a write, as a pure function: what the stored network must be after a store
/// accepts a change. Stores are tested against it. It assumes the change passed
/// <see cref="NetworkChangeValidator"/>; it does not validate.
/// </summary>
/// <remarks>
/// Merge: deletions first (a deleted node takes with it the ties touching it and, for an indicator, its
/// measurements), then each upsert replaces the stored entry with the same id (ties: <see cref="TieKey"/>;
/// measurements: <see cref="MeasurementKey"/>) where it stands, or is appended in document order; the
/// initiative is replaced when the change gives one. Replace: the result is exactly the upserts.
/// </remarks>
public static class NetworkChangeApplier
{
    public static Network Apply(Network current, NetworkChange change)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(change);
        if (change.Mode == ChangeMode.Replace)
        {
            return change.Upserts;
        }

        var deleted = new HashSet<string>(change.DeleteNodes, StringComparer.Ordinal);
        var deletedTies = change.DeleteTies.Select(k => TieKey.Of(k.From, k.To, k.Type)).ToHashSet();
        var deletedMeasurements = change.DeleteMeasurements.ToHashSet();
        var upserts = change.Upserts;

        var initiative = upserts.Initiative
            ?? (current.Initiative is { } stored && !deleted.Contains(stored.Id) ? stored : null);
        var deletes = deleted.Count > 0;
        return new Network(
            initiative,
            Merge(current.Goals, deletes ? x => deleted.Contains(x.Id) : null, upserts.Goals, x => x.Id),
            Merge(current.Indicators, deletes ? x => deleted.Contains(x.Id) : null, upserts.Indicators, x => x.Id),
            Merge(
                current.Measurements,
                deletes || deletedMeasurements.Count > 0 ? x => deleted.Contains(x.Indicator) || deletedMeasurements.Contains(x.Key) : null,
                upserts.Measurements,
                x => x.Key),
            Merge(current.Organizations, deletes ? x => deleted.Contains(x.Id) : null, upserts.Organizations, x => x.Id),
            Merge(current.People, deletes ? x => deleted.Contains(x.Id) : null, upserts.People, x => x.Id),
            Merge(current.Activities, deletes ? x => deleted.Contains(x.Id) : null, upserts.Activities, x => x.Id),
            Merge(
                current.Ties,
                deletes || deletedTies.Count > 0 ? x => deleted.Contains(x.From) || deleted.Contains(x.To) || deletedTies.Contains(x.Key) : null,
                upserts.Ties,
                x => x.Key));
    }

    /// <summary>
    /// Kept entries in their order, each replaced in place by the upsert with its key; new upserts appended. A list the
    /// change leaves alone (nothing removed, no upsert) is returned as it is, the same instance: readers of both
    /// versions (projections, fingerprints) tell an untouched list at once.
    /// </summary>
    private static IReadOnlyList<T> Merge<T, TKey>(IReadOnlyList<T> current, Func<T, bool>? removed, IReadOnlyList<T> upserts, Func<T, TKey> key)
        where TKey : notnull
    {
        if (upserts.Count == 0 && (removed is null || !current.Any(removed)))
        {
            return current;
        }

        var result = removed is null ? [.. current] : current.Where(x => !removed(x)).ToList();
        if (upserts.Count == 0)
        {
            return result;
        }

        var positions = new Dictionary<TKey, int>(result.Count);
        for (var i = 0; i < result.Count; i++)
        {
            positions.TryAdd(key(result[i]), i);
        }

        foreach (var upsert in upserts)
        {
            var k = key(upsert);
            if (positions.TryGetValue(k, out var position))
            {
                result[position] = upsert;
            }
            else
            {
                positions.Add(k, result.Count);
                result.Add(upsert);
            }
        }

        return result;
    }
}
