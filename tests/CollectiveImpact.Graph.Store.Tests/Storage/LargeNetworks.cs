using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Tests.Storage;

/// <summary>
/// Big valid networks built by a fixed rule (no randomness), for import timings: about a fifth organizations, three
/// fifths people, a fifth activities, with owned lists, measurements and ~1.6 ties per node.
/// </summary>
internal static class LargeNetworks
{
    public static Network Build(int nodeCount)
    {
        const int goalCount = 20;
        const int indicatorsPerGoal = 10;
        var organizationCount = nodeCount / 5;
        var activityCount = nodeCount / 5;
        var personCount = nodeCount - organizationCount - activityCount - goalCount - (goalCount * indicatorsPerGoal) - 1;
        var start = new DateOnly(2020, 1, 1);

        var goals = Enumerable.Range(0, goalCount).Select(g => new Goal($"g-{g:D3}", $"Goal {g}")).ToList();
        var indicators = Enumerable.Range(0, goalCount * indicatorsPerGoal)
            .Select(i => new Indicator($"i-{i:D4}", $"Indicator {i}", goals[i / indicatorsPerGoal].Id, "%", Baseline: new DatedValue(i % 50, start)))
            .ToList();
        var measurements = indicators
            .SelectMany((indicator, i) => Enumerable.Range(0, 5).Select(m => new Measurement(indicator.Id, start.AddMonths(3 * m), i + m)))
            .ToList();
        var organizations = Enumerable.Range(0, organizationCount)
            .Select(o => new Organization(
                $"o-{o:D6}", $"Organization {o}", (Sector)(o % 10), o % 3 == 0,
                [goals[o % goalCount].Id, goals[(o + 7) % goalCount].Id]))
            .ToList();
        var people = Enumerable.Range(0, personCount)
            .Select(p => new Person($"p-{p:D6}", $"Person {p}", organizations[p % organizationCount].Id, CommunityMember: p % 4 == 0))
            .ToList();
        var activities = Enumerable.Range(0, activityCount)
            .Select(a => new Activity(
                $"a-{a:D6}", $"Activity {a}", organizations[a % organizationCount].Id,
                [organizations[(a + 1) % organizationCount].Id, organizations[(a + 2) % organizationCount].Id],
                [indicators[a % indicators.Count].Id, indicators[(a + 1) % indicators.Count].Id],
                ["families"], [$"place-{a % 40}"], (ActivityStatus)(a % 3), start))
            .ToList();
        var ties = new List<Tie>();
        for (var o = 0; o < organizationCount; o++)
        {
            ties.Add(new Tie(organizations[o].Id, organizations[(o + 1) % organizationCount].Id, TieType.Collaborates, 1 + (o % 5)));
            ties.Add(new Tie(organizations[o].Id, activities[o % activityCount].Id, TieType.Funds, 1000));
        }

        for (var p = 0; p < personCount; p++)
        {
            ties.Add(new Tie(people[p].Id, people[(p + 7) % personCount].Id, TieType.Communicates));
        }

        for (var a = 0; a + 1 < activityCount; a += 2)
        {
            ties.Add(new Tie(activities[a].Id, activities[a + 1].Id, TieType.FeedsInto));
        }

        return new Network(
            new Initiative("large", "Large initiative", organizations[0].Id),
            goals, indicators, measurements, organizations, people, activities, ties);
    }
}
