using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Change;

/// <summary>
/// Seeded random initiatives with dates: organizations, people, activities and ties that start and end between 2020
/// and 2027, sectors and community-led organizations, and a backbone tied to a few partners; and the two sides of a
/// comparison made of them as of a date.
/// </summary>
internal static class DatedNetworks
{
    private static readonly Sector[] Sectors = [Sector.Education, Sector.Health, Sector.Nonprofit, Sector.Government];

    public static Network Generate(int seed)
    {
        var random = new Random(seed);
        var network = RandomInitiative.Generate(seed).Network;
        var organizations = network.Organizations
            .Select((o, i) => o with
            {
                Sector = Sectors[random.Next(Sectors.Length)],
                CommunityLed = random.Next(4) == 0,
                Since = i == 0 || random.Next(3) > 0 ? null : Day(random),
                Until = i == 0 || random.Next(6) > 0 ? null : new DateOnly(2026, 6, 30).AddDays(random.Next(400)),
            })
            .ToList();
        var backbone = organizations[0].Id;
        var people = Enumerable.Range(0, random.Next(0, 10))
            .Select(i => new Person($"p{i:D2}", $"Person {i}", organizations[random.Next(organizations.Count)].Id, Since: random.Next(2) == 0 ? null : Day(random)))
            .ToList();
        var activities = network.Activities
            .Select(a => a with { Start = random.Next(2) == 0 ? null : Day(random), End = random.Next(4) == 0 ? new DateOnly(2027, 1, 1) : null })
            .ToList();
        var ties = network.Ties.Select(t => Dated(t, random)).ToList();
        foreach (var partner in organizations.Skip(1).Where(_ => random.Next(3) == 0))
        {
            ties.Add(Dated(new Tie(backbone, partner.Id, TieType.Collaborates), random));
        }

        for (var i = 1; i < people.Count; i++)
        {
            ties.Add(Dated(new Tie(people[i - 1].Id, people[i].Id, TieType.Communicates), random));
        }

        return network with
        {
            Initiative = new Initiative("init", "Initiative", backbone),
            Organizations = organizations,
            People = people,
            Activities = activities,
            Ties = ties,
        };
    }

    /// <summary>A random day from 2020 to 2026.</summary>
    public static DateOnly Day(Random random) => new DateOnly(2020, 1, 1).AddDays(random.Next(7 * 365));

    public static ComparisonSide Side(Network network, DateOnly date, string? label = null)
    {
        var asOf = TimeRule.AsOf(network, date);
        return new ComparisonSide(label ?? date.ToString("O", System.Globalization.CultureInfo.InvariantCulture), date, asOf, NetworkProjector.Project(asOf, ProjectionKind.Organizations));
    }

    private static Tie Dated(Tie tie, Random random)
    {
        var since = random.Next(4) == 0 ? (DateOnly?)null : Day(random);
        var until = random.Next(3) == 0 ? (since ?? new DateOnly(2020, 1, 1)).AddDays(random.Next(30, 1500)) : (DateOnly?)null;
        return tie with { Since = since, Until = until };
    }
}
