using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>
/// Seeded random initiatives for property tests of brokerage, with an independent brute force (all O(n²) pairs,
/// breadth-first distances on joins computed here from the network, not from the projection) of what the spec says
/// the candidates, the strong pairs and the "only one goal" pairs are.
/// </summary>
internal sealed class RandomInitiative
{
    private readonly Dictionary<string, HashSet<string>> goals = [];
    private readonly Dictionary<string, HashSet<string>> indicators = [];
    private readonly Dictionary<string, HashSet<string>> populations = [];
    private readonly Dictionary<string, HashSet<string>> places = [];
    private readonly Dictionary<string, HashSet<string>> joined = [];

    private RandomInitiative(Network network)
    {
        Network = network;
        var goalOf = network.Indicators.ToDictionary(i => i.Id, i => i.Goal);
        foreach (var o in network.Organizations)
        {
            goals[o.Id] = [.. o.Goals];
            (indicators[o.Id], populations[o.Id], places[o.Id], joined[o.Id]) = ([], [], [], []);
        }

        foreach (var a in network.Activities)
        {
            var involved = new[] { a.Lead }.Concat(a.Partners).Distinct().ToList();
            foreach (var o in involved)
            {
                indicators[o].UnionWith(a.Indicators);
                goals[o].UnionWith(a.Indicators.Select(i => goalOf[i]));
                populations[o].UnionWith(a.Populations);
                places[o].UnionWith(a.Places);
                foreach (var other in involved.Where(x => x != o))
                {
                    joined[o].Add(other);
                }
            }
        }

        foreach (var t in network.Ties)
        {
            joined[t.From].Add(t.To);
            joined[t.To].Add(t.From);
        }
    }

    public Network Network { get; }

    public static RandomInitiative Generate(int seed)
    {
        var random = new Random(seed);
        var builder = new NetworkBuilder();
        string[] goalIds = ["g1", "g2", "g3"];
        string[] indicatorIds = ["i1", "i2", "i3", "i4", "i5", "i6"];
        string[] populationNames = ["kids", "teens", "elders"];
        string[] placeNames = ["north", "south", "east"];
        foreach (var g in goalIds)
        {
            builder.Goal(g);
        }

        for (var i = 0; i < indicatorIds.Length; i++)
        {
            builder.Indicator(indicatorIds[i], goalIds[i / 2]);
        }

        var organizations = Enumerable.Range(0, random.Next(8, 21)).Select(i => $"o{i:D2}").ToArray();
        foreach (var o in organizations)
        {
            builder.Organization(o, Pick(random, goalIds, random.Next(0, 2)));
        }

        for (var a = 0; a < random.Next(3, organizations.Length); a++)
        {
            var lead = organizations[random.Next(organizations.Length)];
            var partners = random.Next(4) == 0 ? Pick(random, organizations.Where(o => o != lead).ToArray(), 1) : [];
            builder.Activity($"a{a:D2}", lead, Pick(random, indicatorIds, random.Next(0, 4)), partners,
                Pick(random, populationNames, random.Next(0, 3)), Pick(random, placeNames, random.Next(0, 2)));
        }

        var ties = new HashSet<(string, string)>();
        for (var t = 0; t < random.Next(0, organizations.Length); t++)
        {
            var (x, y) = (organizations[random.Next(organizations.Length)], organizations[random.Next(organizations.Length)]);
            if (x != y && ties.Add(string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x)))
            {
                builder.Tie(x, y);
            }
        }

        return new RandomInitiative(builder.Build());
    }

    /// <summary>Pairs not joined that share a goal (analyses.md §5), ids in ordinal order.</summary>
    public IEnumerable<(string, string)> Candidates() =>
        Pairs().Where(p => !joined[p.Item1].Contains(p.Item2) && goals[p.Item1].Overlaps(goals[p.Item2]));

    /// <summary>Candidates sharing ≥ 2 indicators and a population with no path or a path of four or more steps.</summary>
    public IEnumerable<(string, string)> StrongPairs() =>
        Candidates().Where(p =>
            indicators[p.Item1].Intersect(indicators[p.Item2]).Count() >= 2
            && populations[p.Item1].Overlaps(populations[p.Item2])
            && Distance(p.Item1, p.Item2) is null or >= 4);

    /// <summary>Candidates sharing exactly one goal and nothing else.</summary>
    public IEnumerable<(string, string)> OnlyOneGoalPairs() =>
        Candidates().Where(p =>
            goals[p.Item1].Intersect(goals[p.Item2]).Count() == 1
            && !indicators[p.Item1].Overlaps(indicators[p.Item2])
            && !populations[p.Item1].Overlaps(populations[p.Item2])
            && !places[p.Item1].Overlaps(places[p.Item2]));

    private static string[] Pick(Random random, string[] from, int count) =>
        from.OrderBy(_ => random.Next()).Take(count).ToArray();

    private IEnumerable<(string, string)> Pairs()
    {
        var ids = Network.Organizations.Select(o => o.Id).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                yield return (ids[i], ids[j]);
            }
        }
    }

    private int? Distance(string from, string to)
    {
        var distance = new Dictionary<string, int> { [from] = 0 };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in joined[node].Where(n => !distance.ContainsKey(n)))
            {
                distance[next] = distance[node] + 1;
                queue.Enqueue(next);
            }
        }

        return distance.TryGetValue(to, out var d) ? d : null;
    }
}
