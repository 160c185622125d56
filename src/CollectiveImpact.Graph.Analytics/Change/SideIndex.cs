using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>One side's nodes as <see cref="ComparedNode"/>s by id, and its ties by key: what the membership and tie differences read.</summary>
internal sealed class SideIndex
{
    private readonly Dictionary<string, ComparedNode> nodes = new(StringComparer.Ordinal);

    public SideIndex(Network network)
    {
        var sectors = new Dictionary<string, Sector?>(network.Organizations.Count, StringComparer.Ordinal);
        foreach (var organization in network.Organizations)
        {
            sectors.TryAdd(organization.Id, organization.Sector);
        }

        foreach (var node in network.Nodes())
        {
            nodes.TryAdd(node.Id, node switch
            {
                Organization o => new ComparedNode(o.Id, NodeKind.Organization, o.Name, o.Sector, o.CommunityLed),
                Person p => new ComparedNode(p.Id, NodeKind.Person, p.Name, p.Organization is { } of ? sectors.GetValueOrDefault(of) : null, null, p.Organization),
                _ => new ComparedNode(node.Id, node.Kind, node.Name, null, null),
            });
        }

        Organizations = network.Organizations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        People = network.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var tie in network.Ties)
        {
            Ties.TryAdd(tie.Key, tie);
        }
    }

    public HashSet<string> Organizations { get; }

    public HashSet<string> People { get; }

    public Dictionary<TieKey, Tie> Ties { get; } = [];

    /// <summary>The node with this id; a tie's ends always are nodes of the side (<see cref="TimeRule.AsOf"/> drops the others).</summary>
    public ComparedNode Node(string id) => nodes[id];

    /// <summary>Who is in <paramref name="after"/> and not in <paramref name="before"/> (joined), and the other way round (left).</summary>
    public static MembershipChange Membership(SideIndex before, SideIndex after, Func<SideIndex, HashSet<string>> members)
    {
        var was = members(before);
        var now = members(after);
        return new MembershipChange(
            was.Count,
            now.Count,
            [.. now.Where(id => !was.Contains(id)).Order(StringComparer.Ordinal).Select(after.Node)],
            [.. was.Where(id => !now.Contains(id)).Order(StringComparer.Ordinal).Select(before.Node)]);
    }

    /// <summary>The ties in <paramref name="after"/> whose key is not in <paramref name="before"/>, with their ends as <paramref name="after"/> holds them.</summary>
    public static TieChanges TiesIn(SideIndex after, SideIndex before)
    {
        var ties = after.Ties
            .Where(t => !before.Ties.ContainsKey(t.Key))
            .Select(t => new ComparedTie(after.Node(t.Value.From), after.Node(t.Value.To), t.Value.Type, t.Value.Weight))
            .OrderBy(t => t.Type)
            .ThenBy(t => t.From.Id, StringComparer.Ordinal)
            .ThenBy(t => t.To.Id, StringComparer.Ordinal)
            .ToList();
        var byType = ties.GroupBy(t => t.Type).OrderBy(g => g.Key).Select(g => new TieTypeCount(g.Key, g.Count())).ToList();
        var bySectorPair = ties
            .Select(t => Order(t.From.Sector, t.To.Sector))
            .GroupBy(p => p)
            .OrderBy(g => g.Key.First is null).ThenBy(g => g.Key.First)
            .ThenBy(g => g.Key.Second is null).ThenBy(g => g.Key.Second)
            .Select(g => new SectorPairCount(g.Key.First, g.Key.Second, g.Count()))
            .ToList();
        return new TieChanges(ties.Count, ties.Count(t => t.CrossSector), byType, bySectorPair, ties);
    }

    /// <summary>The pair in <see cref="Sector"/> order, no sector last.</summary>
    private static (Sector? First, Sector? Second) Order(Sector? a, Sector? b) =>
        a is null || (b is not null && b < a) ? (b, a) : (a, b);
}
