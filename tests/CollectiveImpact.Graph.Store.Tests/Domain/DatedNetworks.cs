using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Tests.Domain;

/// <summary>Generated networks given random dates, for the property tests of the time rule and its boundaries.</summary>
internal static class DatedNetworks
{
    private static readonly DateOnly Origin = new(2020, 1, 1);

    /// <summary>Random, valid (until ≥ since) dates on organizations, people, activities and ties; each bound absent one time in three.</summary>
    public static Network Dated(Network network, int seed)
    {
        var random = new Random(seed);
        return network with
        {
            Organizations = [.. network.Organizations.Select(o => Span(random) is var (s, u) ? o with { Since = s, Until = u } : o)],
            People = [.. network.People.Select(p => Span(random) is var (s, u) ? p with { Since = s, Until = u } : p)],
            Activities = [.. network.Activities.Select(a => Span(random) is var (s, u) ? a with { Start = s, End = u } : a)],
            Ties = [.. network.Ties.Select(t => Span(random) is var (s, u) ? t with { Since = s, Until = u } : t)],
        };
    }

    private static (DateOnly? Since, DateOnly? Until) Span(Random random)
    {
        DateOnly? since = random.Next(3) == 0 ? null : Origin.AddDays(random.Next(2500));
        DateOnly? until = random.Next(3) == 0 ? null : (since ?? Origin).AddDays(random.Next(1500));
        return (since, until);
    }
}
