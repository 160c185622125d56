using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Communities;

/// <summary>
/// Names and describes Louvain communities and the ties between them (analyses.md, <i>Community overview</i>).
/// </summary>
/// <remarks>
/// <para><b>Organizations of a community.</b> Its organization members; when it has none (a PEOPLE or ACTIVITIES
/// projection), the organizations of its people and the leads of its activities.</para>
/// <para><b>What they share.</b> An organization serves the goals it committed to and those its activities reach
/// through their indicators, and works in the places of the activities it leads or partners on. For a goal (or place)
/// <i>x</i>, its share in community <i>c</i> is the fraction of <i>c</i>'s organizations with <i>x</i>, its share in
/// the network the fraction of all organizations with <i>x</i>, and its lift the first divided by the second: how
/// much more common <i>x</i> is in <i>c</i> than overall. This is the usual way to label a cluster by the features
/// that set it apart (Manning, Raghavan and Schütze 2008, <i>Introduction to Information Retrieval</i>, §17.7:
/// "differential cluster labeling").</para>
/// <para><b>Goals, sectors and places listed.</b> Goals that are members of the community (on FULL), then goals with
/// lift ≥ 1.25 held by at least two of its organizations (one when it has one), by lift, count and id; at most three.
/// Places alike. Sectors: every sector of its organizations, by count then name, with share and lift.</para>
/// <para><b>Name.</b> Up to three parts joined by " · ": the first goal listed; the most common sector when it is
/// held by at least half of the organizations (two or more) with lift ≥ 1.25, other than OTHER, in words ("Health",
/// "Community groups"); the first place listed, an id-like place in words ("ironbark-hill" as "Ironbark Hill").
/// With no part, "<i>anchor</i> and <i>n</i> others" (the anchor: the organization member with the most edges in the
/// projection, then the smallest id; else the best-connected member that is not a person; <i>n</i> the other members
/// that are not people), or "Community <i>k</i>: <i>n</i> people" when it holds only people. A person's name is never
/// used. A name without a goal (a sector or a place only) ends ", around <i>anchor</i>". A name met again, in the
/// partition's order, ends ", around <i>anchor</i>" too, or else " (2)", " (3)" …, so names are distinct.</para>
/// <para><b>Links.</b> For every pair of communities with edges between them: the number of edges and their total
/// weight, heaviest first (then more edges, then indexes); at most <see cref="MaxLinks"/> are kept, their full number
/// given. Internal edges are counted per community. Linear in the projection's size.</para>
/// </remarks>
public static class CommunityOverviews
{
    /// <summary>The most links between communities kept in one overview (their full number is always given).</summary>
    public const int MaxLinks = 2000;

    public const double MinLift = 1.25;

    private const int Listed = 3;

    /// <summary>
    /// The seeded Louvain partition of <paramref name="graph"/>, computed once per network version when a memo is given
    /// (<paramref name="projection"/> names the graph in the memo's key), so <c>communities</c> and the overview share it.
    /// </summary>
    public static LouvainResult Partition(UndirectedGraph graph, string projection, int seed, AnalysisMemo? memo, CancellationToken cancellationToken = default) =>
        AnalysisMemo.Use(memo, $"{projection}.louvain:seed={seed}", () => Louvain.Detect(graph, seed, cancellationToken: cancellationToken), cancellationToken);

    /// <summary>The overview of <paramref name="partition"/>, a partition of <paramref name="graph"/>, a projection of <paramref name="network"/>.</summary>
    public static CommunityOverview Build(
        Network network, UndirectedGraph graph, LouvainResult partition, AnalysisMemo? memo = null, CancellationToken cancellationToken = default)
    {
        var index = SharedParts.Agenda(memo, network, cancellationToken);
        var organizationOfPerson = network.People.Where(p => p.Organization is not null).ToDictionary(p => p.Id, p => p.Organization!, StringComparer.Ordinal);
        var goalsOf = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var placesOf = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        long step = 0;
        foreach (var organization in network.Organizations)
        {
            Checkpoint.Every(++step, cancellationToken);
            goalsOf[organization.Id] = index.GoalsOfOrganization(organization.Id);
            placesOf[organization.Id] = [.. index.ActivitiesOf(organization.Id).SelectMany(a => index.Activity(a).Places).Distinct(StringComparer.Ordinal)];
        }

        var allOrganizations = network.Organizations.Count;
        var goalTotals = Totals(goalsOf.Values);
        var placeTotals = Totals(placesOf.Values);
        var sectorTotals = Totals(network.Organizations.Select(o => (IReadOnlyList<string>)[SectorOf(o)]));

        var (internalEdges, internalWeight, links) = Links(graph, partition, cancellationToken);
        var profiles = new List<CommunityProfile>(partition.Communities.Count);
        for (var c = 0; c < partition.Communities.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = partition.Communities[c];
            var kinds = members.Select(m => KindOf(index, organizationOfPerson, m)).ToList();
            var organizations = members.Where((_, i) => kinds[i] == NodeKind.Organization).ToList();
            if (organizations.Count == 0)
            {
                organizations = [.. members
                    .Select((m, i) => kinds[i] switch
                    {
                        NodeKind.Person => organizationOfPerson.GetValueOrDefault(m),
                        NodeKind.Activity => index.Activity(m).Lead,
                        _ => null,
                    })
                    .OfType<string>().Where(goalsOf.ContainsKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            }

            var memberGoals = members.Where((_, i) => kinds[i] == NodeKind.Goal).ToHashSet(StringComparer.Ordinal);
            var goals = Overrepresented(organizations, goalsOf, goalTotals, allOrganizations, memberGoals)
                .Select(s => new CommunityGoal(s.Value, index.NameOf(s.Value), s.Count, s.Share, s.Lift, memberGoals.Contains(s.Value))).ToList();
            var places = Overrepresented(organizations, placesOf, placeTotals, allOrganizations, []);
            var sectors = organizations
                .GroupBy(o => SectorOf(index.Organization(o)), StringComparer.Ordinal)
                .Select(g => Share(g.Key, g.Count(), organizations.Count, sectorTotals.GetValueOrDefault(g.Key), allOrganizations))
                .OrderByDescending(s => s.Count).ThenBy(s => s.Value, StringComparer.Ordinal).ToList();
            var anchor = Anchor(graph, members, kinds, NodeKind.Organization) ?? Anchor(graph, members, kinds, null);
            var kindCounts = kinds.GroupBy(k => KindName(k)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var others = kinds.Count(k => k != NodeKind.Person) - 1;
            var name = NameOf(goals, sectors, places, organizations.Count) is { } shared
                ? goals.Count == 0 && anchor is not null ? $"{shared}, around {index.NameOf(anchor)}" : shared
                : anchor is null ? $"Community {c + 1}: {members.Count} people" : $"{index.NameOf(anchor)}{(others > 0 ? $" and {others} other{(others == 1 ? "" : "s")}" : "")}";
            profiles.Add(new CommunityProfile(c, name, members.Count, organizations, goals, sectors, places, kindCounts, internalEdges[c], internalWeight[c], anchor));
        }

        return new CommunityOverview(partition, Distinct(profiles, index.NameOf), [.. links.Take(MaxLinks)], links.Count);
    }

    private static string? NameOf(IReadOnlyList<CommunityGoal> goals, IReadOnlyList<CommunityShare> sectors, IReadOnlyList<CommunityShare> places, int organizations)
    {
        var parts = new List<string>(3);
        if (goals.Count > 0)
        {
            parts.Add(goals[0].Name);
        }

        if (sectors.Count > 0 && sectors[0].Value != "OTHER" && sectors[0].Count >= 2 && sectors[0].Count * 2 >= organizations && sectors[0].Lift >= MinLift)
        {
            parts.Add(SectorWords(sectors[0].Value));
        }

        if (places.Count > 0)
        {
            parts.Add(Readable(places[0].Value));
        }

        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    /// <summary>Values (goals or places) over-represented among the organizations, members first, at most three.</summary>
    private static List<CommunityShare> Overrepresented(
        IReadOnlyList<string> organizations, Dictionary<string, IReadOnlyList<string>> valuesOf, Dictionary<string, int> totals, int allOrganizations, HashSet<string> members)
    {
        var counts = Totals(organizations.Select(o => valuesOf.GetValueOrDefault(o) ?? []));
        foreach (var member in members)
        {
            counts.TryAdd(member, 0);
        }

        var least = organizations.Count == 1 ? 1 : 2;
        return [.. counts
            .Select(kv => Share(kv.Key, kv.Value, organizations.Count, totals.GetValueOrDefault(kv.Key), allOrganizations))
            .Where(s => members.Contains(s.Value) || (s.Count >= least && s.Lift >= MinLift))
            .OrderByDescending(s => members.Contains(s.Value)).ThenByDescending(s => s.Lift).ThenByDescending(s => s.Count).ThenBy(s => s.Value, StringComparer.Ordinal)
            .Take(Listed)];
    }

    private static CommunityShare Share(string value, int count, int of, int total, int allOrganizations)
    {
        var share = of == 0 ? 0 : (double)count / of;
        var overall = allOrganizations == 0 ? 0 : (double)total / allOrganizations;
        return new CommunityShare(value, count, share, overall == 0 ? 0 : share / overall);
    }

    private static Dictionary<string, int> Totals(IEnumerable<IReadOnlyList<string>> lists)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            foreach (var value in list)
            {
                totals[value] = totals.GetValueOrDefault(value) + 1;
            }
        }

        return totals;
    }

    private static (int[] Edges, double[] Weight, List<CommunityLink> Links) Links(UndirectedGraph graph, LouvainResult partition, CancellationToken cancellationToken)
    {
        var count = partition.Communities.Count;
        var edges = new int[count];
        var weight = new double[count];
        var between = new Dictionary<(int, int), (int Edges, double Weight)>();
        long step = 0;
        foreach (var edge in graph.Edges)
        {
            Checkpoint.Every(++step, cancellationToken);
            var (a, b) = (partition.Membership[edge.U], partition.Membership[edge.V]);
            if (a == b)
            {
                edges[a]++;
                weight[a] += edge.Weight;
                continue;
            }

            var key = a < b ? (a, b) : (b, a);
            var (e, w) = between.GetValueOrDefault(key);
            between[key] = (e + 1, w + edge.Weight);
        }

        var links = between
            .Select(kv => new CommunityLink(kv.Key.Item1, kv.Key.Item2, kv.Value.Edges, kv.Value.Weight))
            .OrderByDescending(l => l.Weight).ThenByDescending(l => l.EdgeCount).ThenBy(l => l.From).ThenBy(l => l.To)
            .ToList();
        return (edges, weight, links);
    }

    private static string? Anchor(UndirectedGraph graph, IReadOnlyList<string> members, List<NodeKind?> kinds, NodeKind? kind)
    {
        string? best = null;
        var bestDegree = -1;
        for (var i = 0; i < members.Count; i++)
        {
            if (kinds[i] == NodeKind.Person || (kind is not null && kinds[i] != kind))
            {
                continue;
            }

            var degree = graph.TryGetIndex(members[i], out var node) ? graph.Degree(node) : 0;
            if (degree > bestDegree || (degree == bestDegree && string.CompareOrdinal(members[i], best) < 0))
            {
                (best, bestDegree) = (members[i], degree);
            }
        }

        return best;
    }

    /// <summary>Names made distinct: a name met again gets " (2)", " (3)" … in the partition's order.</summary>
    private static List<CommunityProfile> Distinct(List<CommunityProfile> profiles, Func<string, string> nameOf)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = profiles.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var result = new List<CommunityProfile>(profiles.Count);
        foreach (var profile in profiles)
        {
            var times = seen[profile.Name] = seen.GetValueOrDefault(profile.Name) + 1;
            if (times == 1)
            {
                result.Add(profile);
                continue;
            }

            // A name met again says whom the community is around, else gets a number.
            if (profile.Anchor is { } anchor && !profile.Name.Contains(", around ", StringComparison.Ordinal)
                && taken.Add($"{profile.Name}, around {nameOf(anchor)}"))
            {
                result.Add(profile with { Name = $"{profile.Name}, around {nameOf(anchor)}" });
                continue;
            }

            var k = times;
            string name;
            while (!taken.Add(name = $"{profile.Name} ({k})"))
            {
                k++;
            }

            result.Add(profile with { Name = name });
        }

        return result;
    }

    private static NodeKind? KindOf(AgendaIndex index, Dictionary<string, string> organizationOfPerson, string id)
    {
        foreach (var kind in (ReadOnlySpan<NodeKind>)[NodeKind.Organization, NodeKind.Activity, NodeKind.Goal, NodeKind.Indicator])
        {
            if (index.Has(id, kind))
            {
                return kind;
            }
        }

        return index.Has(id, NodeKind.Person) || organizationOfPerson.ContainsKey(id) ? NodeKind.Person : null;
    }

    private static string KindName(NodeKind? kind) => kind switch
    {
        NodeKind.Organization => "ORGANIZATION",
        NodeKind.Person => "PERSON",
        NodeKind.Activity => "ACTIVITY",
        NodeKind.Goal => "GOAL",
        NodeKind.Indicator => "INDICATOR",
        _ => "OTHER",
    };

    private static string SectorOf(Organization organization) => (organization.Sector ?? Sector.Other).ToString().ToUpperInvariant();

    /// <summary>A sector as a name says it: "Health", "Community groups", "Faith groups".</summary>
    private static string SectorWords(string sector) => sector switch
    {
        "COMMUNITY" => "Community groups",
        "FAITH" => "Faith groups",
        _ => sector[..1] + sector[1..].ToLowerInvariant(),
    };

    /// <summary>A place written as an id ("ironbark-hill") as words ("Ironbark Hill"); a place written otherwise is kept.</summary>
    private static string Readable(string place) =>
        place.Any(char.IsUpper) || place.Contains(' ', StringComparison.Ordinal)
            ? place
            : string.Join(' ', place.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
