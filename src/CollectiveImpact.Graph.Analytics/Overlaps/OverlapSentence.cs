using CollectiveImpact.Graph.Analytics.Agenda;

namespace CollectiveImpact.Graph.Analytics.Overlaps;

/// <summary>
/// Writes an overlap's sentence from the overlap's own data (<see cref="ActivityOverlap.Message"/>): what the two
/// activities share, and what coordinates them or that nothing does.
/// </summary>
public static class OverlapSentence
{
    private static long written;

    /// <summary>How many sentences this process has written: lets a test prove a page of overlaps writes only its own.</summary>
    internal static long Written => Interlocked.Read(ref written);

    public static string Write(ActivityOverlap overlap)
    {
        ArgumentNullException.ThrowIfNull(overlap);
        Interlocked.Increment(ref written);
        var (a, b) = (overlap.SideA, overlap.SideB);
        var what = $"'{a.Name}' (led by '{a.LeadName}') and '{b.Name}' (led by '{b.LeadName}') both move {Phrases.Names(overlap.SharedIndicatorNames)}"
            + (overlap.SharedPopulations.Count > 0 ? $" for {string.Join(", ", overlap.SharedPopulations)}" : string.Empty)
            + (overlap.SharedPlaces.Count > 0 ? $" in {string.Join(", ", overlap.SharedPlaces)}" : string.Empty);
        if (overlap.Reasons.Count == 0)
        {
            return $"{what}, but '{a.LeadName}' and '{b.LeadName}' have no tie, no shared partner, and neither activity feeds the other: "
                + "a duplication risk the backbone should look at, and a chance to bring them together.";
        }

        var why = new List<string>();
        if (overlap.LeadRelations.Count > 0)
        {
            why.Add($"'{a.LeadName}' and '{b.LeadName}' {RelationWords.Describe(overlap.LeadRelations)}");
        }

        // A flow joins the two activities themselves, so its ends are named by the two sides.
        why.AddRange(overlap.Flows.Select(f => $"'{NameOf(overlap, f.From)}' feeds into '{NameOf(overlap, f.To)}'"));
        if (overlap.SharedPartners.Count > 0)
        {
            why.Add($"they share {(overlap.SharedPartners.Count == 1 ? "partner" : "partners")} {Phrases.Names(overlap.SharedPartnerNames)}");
        }

        return $"{what}; they are coordinated: {string.Join("; ", why)}.";
    }

    private static string NameOf(ActivityOverlap overlap, string activity) =>
        activity == overlap.SideA.Id ? overlap.SideA.Name : overlap.SideB.Name;
}
