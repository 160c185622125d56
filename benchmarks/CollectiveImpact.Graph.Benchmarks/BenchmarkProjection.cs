using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// TEMPORARY stand-in for the analytics' NetworkProjector until it lands on main: the FULL and ORGANIZATIONS
/// projections of network-format.md, each edge weighted by the distinct connections it collapses.
/// </summary>
public static class BenchmarkProjection
{
    public static UndirectedGraph Project(Network network, BenchmarkProjectionKind kind) => kind switch
    {
        BenchmarkProjectionKind.Full => Full(network),
        BenchmarkProjectionKind.Organizations => Organizations(network),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown projection."),
    };

    private static UndirectedGraph Full(Network network)
    {
        var ids = network.Goals.Select(g => g.Id)
            .Concat(network.Indicators.Select(i => i.Id))
            .Concat(network.Organizations.Select(o => o.Id))
            .Concat(network.People.Select(p => p.Id))
            .Concat(network.Activities.Select(a => a.Id))
            .ToArray();
        var index = Index(ids);
        var counts = new Dictionary<(int, int), int>();
        foreach (var tie in network.Ties.DistinctBy(t => TieKey.Of(t.From, t.To, t.Type)))
        {
            Count(counts, index[tie.From], index[tie.To]);
        }

        foreach (var indicator in network.Indicators)
        {
            Count(counts, index[indicator.Id], index[indicator.Goal]);
        }

        foreach (var organization in network.Organizations)
        {
            foreach (var goal in organization.Goals.Distinct())
            {
                Count(counts, index[organization.Id], index[goal]);
            }
        }

        foreach (var person in network.People.Where(p => p.Organization is not null))
        {
            Count(counts, index[person.Id], index[person.Organization!]);
        }

        foreach (var activity in network.Activities)
        {
            Count(counts, index[activity.Id], index[activity.Lead]);
            foreach (var other in activity.Partners.Distinct().Concat(activity.Indicators.Distinct()))
            {
                Count(counts, index[activity.Id], index[other]);
            }
        }

        return Build(ids, counts);
    }

    private static UndirectedGraph Organizations(Network network)
    {
        var ids = network.Organizations.Select(o => o.Id).ToArray();
        var index = Index(ids);
        var organizationOf = network.People
            .Where(p => p.Organization is not null)
            .ToDictionary(p => p.Id, p => index[p.Organization!], StringComparer.Ordinal);
        var counts = new Dictionary<(int, int), int>();
        foreach (var tie in network.Ties.DistinctBy(t => TieKey.Of(t.From, t.To, t.Type)))
        {
            if (index.TryGetValue(tie.From, out var a) && index.TryGetValue(tie.To, out var b))
            {
                Count(counts, a, b);
            }
            else if (organizationOf.TryGetValue(tie.From, out a) && organizationOf.TryGetValue(tie.To, out b))
            {
                Count(counts, a, b);
            }
        }

        foreach (var activity in network.Activities)
        {
            var members = activity.Partners.Append(activity.Lead).Select(o => index[o]).Distinct().Order().ToArray();
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    Count(counts, members[i], members[j]);
                }
            }
        }

        return Build(ids, counts);
    }

    private static Dictionary<string, int> Index(string[] ids)
    {
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            index[ids[i]] = i;
        }

        return index;
    }

    private static void Count(Dictionary<(int, int), int> counts, int a, int b)
    {
        if (a != b)
        {
            var key = a < b ? (a, b) : (b, a);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    private static UndirectedGraph Build(string[] ids, Dictionary<(int, int), int> counts) =>
        UndirectedGraph.Create(ids, counts.Select(c => new WeightedEdge(c.Key.Item1, c.Key.Item2, c.Value)));
}
