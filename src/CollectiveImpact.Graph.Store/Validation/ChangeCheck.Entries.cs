using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>The per-entry rules: references, duplicates within lists, dates in order, tie ends.</summary>
internal sealed partial class ChangeCheck
{
    public void CheckEntries()
    {
        if (upserts.Initiative is { Backbone: { } backbone } initiative)
        {
            CheckReference(new DocumentPath("initiative", -1, "backbone"), $"the initiative '{initiative.Id}'", "backbone", backbone, NodeKind.Organization);
        }

        for (var i = 0; i < upserts.Indicators.Count; i++)
        {
            CheckIndicator(upserts.Indicators[i], new DocumentPath("indicators", i));
        }

        CheckMeasurements();
        for (var i = 0; i < upserts.Organizations.Count; i++)
        {
            var organization = upserts.Organizations[i];
            var entry = new DocumentPath("organizations", i);
            CheckReferenceList(entry, $"organization '{organization.Id}'", "goals", "goal", organization.Goals, NodeKind.Goal, ProblemCodes.DuplicateReference);
            CheckMembership(entry, $"organization '{organization.Id}'", organization.Since, organization.Until);
        }

        for (var i = 0; i < upserts.People.Count; i++)
        {
            var person = upserts.People[i];
            if (person.Organization is { } organization)
            {
                CheckReference(new DocumentPath("people", i, "organization"), $"person '{person.Id}'", "organization", organization, NodeKind.Organization);
            }

            CheckMembership(new DocumentPath("people", i), $"person '{person.Id}'", person.Since, person.Until);
        }

        for (var i = 0; i < upserts.Activities.Count; i++)
        {
            CheckActivity(upserts.Activities[i], new DocumentPath("activities", i));
        }

        CheckTies();
    }

    private void CheckIndicator(Indicator indicator, DocumentPath entry)
    {
        var referrer = $"indicator '{indicator.Id}'";
        CheckReference(entry.At("goal"), referrer, "goal", indicator.Goal ?? string.Empty, NodeKind.Goal);
        foreach (var (name, value) in new[] { ("baseline", indicator.Baseline), ("target", indicator.Target) })
        {
            if (value is not null && !double.IsFinite(value.Value))
            {
                Report(entry.At(name), ProblemCodes.InvalidNumber, $"The {name} of {referrer} is {Format(value.Value)}, which is not a finite number.");
            }
        }
    }

    private void CheckMeasurements()
    {
        var seen = new Dictionary<MeasurementKey, int>();
        for (var i = 0; i < upserts.Measurements.Count; i++)
        {
            var measurement = upserts.Measurements[i];
            var entry = new DocumentPath("measurements", i);
            var referrer = Describe(measurement);
            CheckReference(entry.At("indicator"), referrer, "indicator", measurement.Indicator ?? string.Empty, NodeKind.Indicator);
            if (measurement.ReportedBy is { } reporter)
            {
                CheckReference(entry.At("reportedBy"), referrer, "reporter", reporter, NodeKind.Organization);
            }

            if (!double.IsFinite(measurement.Value))
            {
                Report(entry.At("value"), ProblemCodes.InvalidNumber, $"The value of {referrer} is {Format(measurement.Value)}, which is not a finite number.");
            }

            if (!seen.TryAdd(measurement.Key, i) && !IsUnreadable(entry.At("indicator")) && !IsUnreadable(entry.At("date")))
            {
                Report(
                    entry,
                    ProblemCodes.DuplicateMeasurement,
                    $"{Capitalized(referrer)} is already given at $.measurements[{seen[measurement.Key]}]; an indicator has one measurement per date.");
            }
        }
    }

    private void CheckActivity(Activity activity, DocumentPath entry)
    {
        var referrer = $"activity '{activity.Id}'";
        CheckReference(entry.At("lead"), referrer, "lead", activity.Lead ?? string.Empty, NodeKind.Organization);
        CheckReferenceList(entry, referrer, "partners", "partner", activity.Partners, NodeKind.Organization, ProblemCodes.DuplicatePartner);
        for (var p = 0; p < activity.Partners.Count; p++)
        {
            if (activity.Partners[p] == activity.Lead)
            {
                Report(entry.At("partners", p), ProblemCodes.LeadIsPartner, $"{Capitalized(referrer)} lists its lead '{activity.Lead}' as a partner too; the lead is not also a partner.");
            }
        }

        CheckReferenceList(entry, referrer, "indicators", "indicator", activity.Indicators, NodeKind.Indicator, ProblemCodes.DuplicateReference);
        if (activity is { Start: { } start, End: { } end } && end < start)
        {
            Report(entry.At("end"), ProblemCodes.EndBeforeStart, $"{Capitalized(referrer)} ends on {FormatDate(end)}, before it starts on {FormatDate(start)}.");
        }
    }

    /// <summary>An organization's or person's time in the initiative: <c>until</c> on or after <c>since</c> (bounds are inclusive).</summary>
    private void CheckMembership(DocumentPath entry, string referrer, DateOnly? since, DateOnly? until)
    {
        if (since is { } joined && until is { } left && left < joined)
        {
            Report(entry.At("until"), ProblemCodes.EndBeforeStart, $"{Capitalized(referrer)} leaves the initiative on {FormatDate(left)}, before joining it on {FormatDate(joined)}.");
        }
    }

    private void CheckReferenceList(
        DocumentPath entry, string referrer, string field, string role, IReadOnlyList<string> ids, NodeKind expected, string duplicateCode)
    {
        HashSet<string>? seen = ids.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < ids.Count; i++)
        {
            var path = entry.At(field, i);
            CheckReference(path, referrer, role, ids[i], expected);
            if (seen is not null && !seen.Add(ids[i]))
            {
                Report(path, duplicateCode, $"{Capitalized(referrer)} lists {role} '{ids[i]}' more than once in '{field}'.");
            }
        }
    }

    private bool IsUnreadable(DocumentPath path) => gaps is not null && gaps.Covers(path.ToString());

    private static string FormatDate(DateOnly date) => Documents.NetworkFormat.FormatDate(date);
}
