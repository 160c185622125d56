using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// Every node id of a network numbered in FULL order (goals, indicators, organizations, people, activities), and
/// the ties resolved to those numbers, checked once: the projector relies on every reference naming a node of the right
/// kind. A stored network has passed validation already; a hand-built one gets an <see cref="ArgumentException"/>
/// naming the first problem and where it is.
/// </summary>
internal sealed class NetworkIndex
{
    private readonly Dictionary<string, int> numberById;
    private readonly int[] starts;

    private NetworkIndex(Network network)
    {
        starts =
        [
            0,
            network.Goals.Count,
            network.Goals.Count + network.Indicators.Count,
            network.Goals.Count + network.Indicators.Count + network.Organizations.Count,
            network.Goals.Count + network.Indicators.Count + network.Organizations.Count + network.People.Count,
            network.Goals.Count + network.Indicators.Count + network.Organizations.Count + network.People.Count + network.Activities.Count,
        ];
        numberById = new Dictionary<string, int>(starts[^1], StringComparer.Ordinal);
    }

    public int Goals => starts[0];

    public int Indicators => starts[1];

    public int Organizations => starts[2];

    public int People => starts[3];

    public int Activities => starts[4];

    public int NodeCount => starts[5];

    /// <summary>The distinct ties (by <see cref="TieKey"/>, first occurrence, document order) with their ends' numbers.</summary>
    public IReadOnlyList<(Tie Tie, int From, int To)> DistinctTies { get; private set; } = [];

    public static NetworkIndex Build(Network network)
    {
        var index = new NetworkIndex(network);
        var initiative = network.Initiative?.Id;
        index.AddAll(network.Goals, "goals", index.Goals, initiative);
        index.AddAll(network.Indicators, "indicators", index.Indicators, initiative);
        index.AddAll(network.Organizations, "organizations", index.Organizations, initiative);
        index.AddAll(network.People, "people", index.People, initiative);
        index.AddAll(network.Activities, "activities", index.Activities, initiative);
        index.CheckReferences(network);
        index.ResolveTies(network);
        return index;
    }

    /// <summary>The FULL number of a node the index has checked exists.</summary>
    public int NumberOf(string id) => numberById[id];

    public NodeKind KindOf(int number) =>
        number < Indicators ? NodeKind.Goal
        : number < Organizations ? NodeKind.Indicator
        : number < People ? NodeKind.Organization
        : number < Activities ? NodeKind.Person
        : NodeKind.Activity;

    private void AddAll(IReadOnlyList<INetworkNode> nodes, string list, int start, string? initiative)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var id = nodes[i].Id;
            if (id == initiative || !numberById.TryAdd(id, start + i))
            {
                throw new ArgumentException($"{list}[{i}].id: '{id}' is used by another node; ids are unique across the network.", "network");
            }
        }
    }

    private void CheckReferences(Network network)
    {
        for (var i = 0; i < network.Indicators.Count; i++)
        {
            Expect(network.Indicators[i].Goal, NodeKind.Goal, new("indicators", i, "goal"));
        }

        for (var i = 0; i < network.Organizations.Count; i++)
        {
            var goals = network.Organizations[i].Goals;
            for (var j = 0; j < goals.Count; j++)
            {
                Expect(goals[j], NodeKind.Goal, new("organizations", i, "goals", j));
            }
        }

        for (var i = 0; i < network.People.Count; i++)
        {
            if (network.People[i].Organization is { } organization)
            {
                Expect(organization, NodeKind.Organization, new("people", i, "organization"));
            }
        }

        for (var i = 0; i < network.Activities.Count; i++)
        {
            var activity = network.Activities[i];
            Expect(activity.Lead, NodeKind.Organization, new("activities", i, "lead"));
            for (var j = 0; j < activity.Partners.Count; j++)
            {
                Expect(activity.Partners[j], NodeKind.Organization, new("activities", i, "partners", j));
            }

            for (var j = 0; j < activity.Indicators.Count; j++)
            {
                Expect(activity.Indicators[j], NodeKind.Indicator, new("activities", i, "indicators", j));
            }
        }
    }

    private void ResolveTies(Network network)
    {
        var ties = new List<(Tie, int, int)>(network.Ties.Count);
        // Keyed by the two ends separately: a long packing both hashes to (high ^ low), which collides for every tie
        // between consecutive nodes (1.5 s instead of 0.12 s on 20,000 organizations; see benchmarks/RESULTS.md).
        var seen = new HashSet<(int From, int To, TieType Type)>(network.Ties.Count);
        for (var i = 0; i < network.Ties.Count; i++)
        {
            var tie = network.Ties[i];
            var from = Find(tie.From, new("ties", i, "from"));
            var to = Find(tie.To, new("ties", i, "to"));
            if (!TieRules.Allows(tie.Type, KindOf(from), KindOf(to)))
            {
                throw new ArgumentException(
                    $"ties[{i}]: a {tie.Type} tie joins {TieRules.DescribeEnds(tie.Type)}, not " +
                    $"{KindOf(from).ToString().ToLowerInvariant()} '{tie.From}' and {KindOf(to).ToString().ToLowerInvariant()} '{tie.To}'.",
                    "network");
            }

            // The same identity as TieKey: undirected ties are one tie whichever way round they are written.
            var (a, b) = !TieRules.IsDirected(tie.Type) && from > to ? (to, from) : (from, to);
            if (seen.Add((a, b, tie.Type)))
            {
                ties.Add((tie, from, to));
            }
        }

        DistinctTies = ties;
    }

    private void Expect(string? id, NodeKind kind, DocumentPath path)
    {
        var actual = KindOf(Find(id, path));
        if (actual != kind)
        {
            throw new ArgumentException($"{path}: '{id}' is a {actual.ToString().ToLowerInvariant()}, not a {kind.ToString().ToLowerInvariant()}.", "network");
        }
    }

    private int Find(string? id, DocumentPath path) =>
        id is not null && numberById.TryGetValue(id, out var number)
            ? number
            : throw new ArgumentException($"{path}: '{id}' names no node in the network.", "network");

    /// <summary>Where a reference sits in the document; formatted only when there is a problem to report.</summary>
    private readonly record struct DocumentPath(string List, int Item, string Field, int Position = -1)
    {
        public override string ToString() => Position < 0 ? $"{List}[{Item}].{Field}" : $"{List}[{Item}].{Field}[{Position}]";
    }
}
