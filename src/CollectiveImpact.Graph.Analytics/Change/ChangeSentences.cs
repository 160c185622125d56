using System.Globalization;
using CollectiveImpact.Graph.Analytics.Equity;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>
/// The sentences of a comparison, for a backbone to read out at a partners' meeting: new and ended cross-sector
/// collaborations, who joined and left, the backbone dependence then and now, the reinforcement index, the biggest
/// movers, and the community-led organizations at the edge. Numbers are rounded for people (percentages whole).
/// </summary>
internal static class ChangeSentences
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static List<string> Write(NetworkChange change, ComparisonSide from, EquityReport equityBefore, EquityReport equityAfter)
    {
        var since = $"Since {(from.Snapshot ? Quote(from.Label) : from.Label)}";
        var sentences = new List<string>
        {
            $"{since}: {Count(change.TiesAdded.CrossSector, "new cross-sector collaboration")} ({Count(change.TiesAdded.Count, "tie")} added in all); "
            + $"{Count(change.TiesEnded.CrossSector, "cross-sector collaboration")} ended ({Count(change.TiesEnded.Count, "tie")} in all).",
        };
        sentences.Add(Members(change.Organizations, "partner organization", "partner organizations", names: true));
        if (change.People.Before + change.People.After > 0)
        {
            sentences.Add(Members(change.People, "person", "people", names: false));   // never people's names: dashboards read the sentences
        }

        if (change.BackboneDependence is { Before: { } wasShare, After: { } nowShare })
        {
            sentences.Add($"{Percent(nowShare)} of connected partner pairs now depend on the backbone to reach each other, {Trend(wasShare, nowShare, Percent)}.");
        }
        else if (change.BackboneDependence.After is { } share)
        {
            sentences.Add($"{Percent(share)} of connected partner pairs now depend on the backbone to reach each other.");
        }

        if (change.Reinforcement.Index is { Before: { } wasIndex, After: { } nowIndex })
        {
            sentences.Add($"{Percent(nowIndex)} of pairs of activities working toward the same goal (with different leads) are reinforced, {Trend(wasIndex, nowIndex, Percent)}.");
        }

        if (change.Movers.Degree.FirstOrDefault() is { Change: > 0 } riser)
        {
            sentences.Add($"{riser.Organization.Name} gained the most partners: {riser.Before.ToString("0", Invariant)} then, {riser.After.ToString("0", Invariant)} now.");
        }

        var (edgeBefore, edgeAfter) = (equityBefore.CommunityLedAtTheEdge.Count, equityAfter.CommunityLedAtTheEdge.Count);
        sentences.Add(edgeBefore == edgeAfter
            ? $"{Count(edgeAfter, "community-led organization")} at the edge of the network (at most one partner), as before."
            : $"{Count(edgeAfter, "community-led organization")} at the edge of the network (at most one partner), against {edgeBefore.ToString(Invariant)} then.");
        return sentences;
    }

    private static string Members(MembershipChange change, string one, string many, bool names)
    {
        if (change.Joined.Count == 0 && change.Left.Count == 0)
        {
            return $"No {one} joined or left: {change.After.ToString(Invariant)} {(change.After == 1 ? one : many)}.";
        }

        var named = names && change.Joined.Count is > 0 and <= 3 ? $" ({string.Join(", ", change.Joined.Select(n => n.Name))})" : "";
        return $"{Capitalize(Count(change.Joined.Count, one, many))} joined{named} and {change.Left.Count.ToString(Invariant)} left: "
            + $"{change.After.ToString(Invariant)} now, {change.Before.ToString(Invariant)} then.";
    }

    private static string Trend(double before, double after, Func<double, string> format)
    {
        var (was, now) = (format(before), format(after));
        return was == now ? $"unchanged from {was}" : after > before ? $"up from {was}" : $"down from {was}";
    }

    private static string Percent(double share) => (share * 100).ToString("0", Invariant) + "%";

    private static string Count(int count, string one, string? many = null) =>
        $"{count.ToString("N0", Invariant)} {(count == 1 ? one : many ?? one + "s")}";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Quote(string label) => $"'{label}'";
}
