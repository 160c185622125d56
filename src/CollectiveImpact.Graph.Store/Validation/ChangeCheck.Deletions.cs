using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>
/// The rules of the write itself: deletions name stored things and leave nothing pointing at them; create and
/// update expectations (<see cref="NetworkChange.MustBeNew"/>, <see cref="NetworkChange.MustExist"/>) hold.
/// </summary>
internal sealed partial class ChangeCheck
{
    public void CheckDeletions()
    {
        if (!isMerge)
        {
            if (change.DeleteNodes.Count + change.DeleteTies.Count + change.DeleteMeasurements.Count > 0)
            {
                Report(
                    new DocumentPath("delete", -1),
                    ProblemCodes.DeleteWithReplace,
                    "A replace makes the document the whole network, so it cannot also delete; drop the deletions or merge instead.");
            }

            return;
        }

        CheckNodeDeletions();
        CheckTieDeletions();
        CheckMeasurementDeletions();
    }

    public void CheckExpectations()
    {
        foreach (var id in change.MustBeNew)
        {
            if (StoredKinds.TryGetValue(id, out var kind))
            {
                Report(PathOf(id), ProblemCodes.AlreadyExists, $"'{id}' already exists (it is stored as {Article(kind)}); a new entry needs a new id.");
            }
        }

        foreach (var id in change.MustExist)
        {
            if (!StoredKinds.ContainsKey(id))
            {
                Report(PathOf(id), ProblemCodes.NotFound, $"There is no stored node '{id}'.");
            }
        }
    }

    private DocumentPath PathOf(string id)
    {
        if (documentIds.TryGetValue(id, out var entry))
        {
            return entry.Path.At("id");
        }

        for (var i = 0; i < change.DeleteNodes.Count; i++)
        {
            if (change.DeleteNodes[i] == id)
            {
                return new DocumentPath("delete.nodes", i);
            }
        }

        return DocumentPath.Root;
    }

    private void CheckNodeDeletions()
    {
        if (change.DeleteNodes.Count == 0)
        {
            return;
        }

        CollectStoredReferrers();
        for (var i = 0; i < change.DeleteNodes.Count; i++)
        {
            var id = change.DeleteNodes[i];
            var path = new DocumentPath("delete.nodes", i);
            if (!StoredKinds.ContainsKey(id))
            {
                Report(path, ProblemCodes.NotFound, $"There is no stored node '{id}' to delete.");
            }
            else if (documentIds.TryGetValue(id, out var entry))
            {
                Report(path, ProblemCodes.DeletedAndUpserted, $"'{id}' is both deleted and written (at {entry.Path}) by this change; do one or the other.");
            }
            else if (referrersOfDeleted.Remove(id, out var referrers))
            {
                var listed = string.Join("; ", referrers.Take(MaxListedReferrers));
                var more = referrers.Count > MaxListedReferrers ? $"; and {referrers.Count - MaxListedReferrers} more" : string.Empty;
                Report(
                    path,
                    ProblemCodes.StillReferenced,
                    $"'{id}' cannot be deleted while {referrers.Count} reference(s) to it remain: {listed}{more}. Change or delete those in the same change.");
            }
        }
    }

    /// <summary>
    /// Stored entries that will still name a deleted node after the change. Ties touching it and an indicator's
    /// measurements are cascaded, and entries this change deletes or replaces no longer count.
    /// </summary>
    private void CollectStoredReferrers()
    {
        bool Survives(string id) => !deletedIds.Contains(id) && !documentIds.ContainsKey(id);
        void Check(string? target, string referrer)
        {
            if (target is not null && deletedIds.Contains(target))
            {
                AddReferrer(target, $"stored {referrer}");
            }
        }

        if (current.Initiative is { } initiative && upserts.Initiative is null && Survives(initiative.Id))
        {
            Check(initiative.Backbone, $"initiative '{initiative.Id}' (backbone)");
        }

        foreach (var indicator in current.Indicators.Where(x => Survives(x.Id)))
        {
            Check(indicator.Goal, $"indicator '{indicator.Id}' (goal)");
        }

        var replacedMeasurements = upserts.Measurements.Select(m => m.Key).Concat(change.DeleteMeasurements).ToHashSet();
        foreach (var measurement in current.Measurements)
        {
            if (!deletedIds.Contains(measurement.Indicator) && !replacedMeasurements.Contains(measurement.Key))
            {
                Check(measurement.ReportedBy, $"{Describe(measurement)} (reporter)");
            }
        }

        foreach (var organization in current.Organizations.Where(x => Survives(x.Id)))
        {
            foreach (var goal in organization.Goals)
            {
                Check(goal, $"organization '{organization.Id}' (goals)");
            }
        }

        foreach (var person in current.People.Where(x => Survives(x.Id)))
        {
            Check(person.Organization, $"person '{person.Id}' (organization)");
        }

        foreach (var activity in current.Activities.Where(x => Survives(x.Id)))
        {
            Check(activity.Lead, $"activity '{activity.Id}' (lead)");
            foreach (var partner in activity.Partners)
            {
                Check(partner, $"activity '{activity.Id}' (partners)");
            }

            foreach (var indicator in activity.Indicators)
            {
                Check(indicator, $"activity '{activity.Id}' (indicators)");
            }
        }
    }

    private void CheckTieDeletions() =>
        CheckKeyDeletions(
            change.DeleteTies.Select(k => TieKey.Of(k.From, k.To, k.Type)).ToList(),
            current.Ties.Select(t => t.Key),
            upserts.Ties.Select(t => t.Key),
            "delete.ties",
            key => Describe(new Tie(key.From, key.To, key.Type)));

    private void CheckMeasurementDeletions() =>
        CheckKeyDeletions(
            change.DeleteMeasurements,
            current.Measurements.Select(m => m.Key),
            upserts.Measurements.Select(m => m.Key),
            "delete.measurements",
            key => Describe(new Measurement(key.Indicator, key.Date, 0)));

    /// <summary>Each deleted key must be stored, and not written by the same change.</summary>
    private void CheckKeyDeletions<TKey>(
        IReadOnlyList<TKey> deletions, IEnumerable<TKey> storedKeys, IEnumerable<TKey> writtenKeys, string list, Func<TKey, string> describe)
        where TKey : struct
    {
        if (deletions.Count == 0)
        {
            return;
        }

        var stored = storedKeys.ToHashSet();
        var written = writtenKeys.ToHashSet();
        for (var i = 0; i < deletions.Count; i++)
        {
            var described = describe(deletions[i]);
            var path = new DocumentPath(list, i);
            if (!stored.Contains(deletions[i]))
            {
                // described starts with "the ": "There is no stored measurement of ...".
                Report(path, ProblemCodes.NotFound, $"There is no stored {described[4..]} to delete.");
            }
            else if (written.Contains(deletions[i]))
            {
                Report(path, ProblemCodes.DeletedAndUpserted, $"{Capitalized(described)} is both deleted and written by this change; do one or the other.");
            }
        }
    }
}
