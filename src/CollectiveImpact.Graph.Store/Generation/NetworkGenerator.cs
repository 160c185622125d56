using CollectiveImpact.Graph.Store.Domain;
using static CollectiveImpact.Graph.Store.Generation.GeneratorVocabulary;

namespace CollectiveImpact.Graph.Store.Generation;

/// <summary>
/// Generates realistic, valid collective-impact networks of any size from a seed, for property tests, store
/// contract tests and benchmarks. The shape follows Kania and Kramer's model: a backbone organization
/// convening many partners, a realistic sector mix with about 15% community-led partners, goals with shared
/// indicators (baselines, targets, dated measurements), working-group activities led by one partner with
/// several others, FEEDS_INTO chains between activities, and people who talk to each other.
/// </summary>
/// <remarks>
/// Deterministic: one <see cref="Random"/> seeded with <see cref="NetworkGeneratorOptions.Seed"/>, drawn in a
/// fixed order. Partners and tie ends are drawn half the time in proportion to how often an organization was
/// drawn before (preferential attachment), so degrees are heavy-tailed as in real partner networks, and
/// ordinary ties stay mostly within clusters of nearby organizations, giving community structure.
/// Runs in time linear in the size of the output.
/// </remarks>
public static class NetworkGenerator
{
    private const int ClusterSize = 25;
    private static readonly DateOnly Origin = new(2018, 1, 1);

    public static Network Generate(NetworkGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new Run(options).Build();
    }

    private sealed class Run(NetworkGeneratorOptions options)
    {
        private readonly Random random = new(options.Seed);
        private readonly List<int> drawnOrganizations = [];
        private readonly HashSet<TieKey> tieKeys = [];
        private readonly List<Tie> ties = [];
        private string[] organizationIds = [];

        public Network Build()
        {
            var goals = Goals();
            var indicators = Indicators(goals);
            var organizations = Organizations(goals);
            organizationIds = organizations.Select(o => o.Id).ToArray();
            var measurements = Measurements(indicators);
            var people = People(organizations);
            var activities = Activities(indicators);
            var initiative = new Initiative(
                "initiative",
                Pick(Initiatives),
                organizations.Count > 0 ? organizations[0].Id : null,
                "A generated collective impact initiative.");
            OrganizationTies(organizations);
            ActivityTies(activities, organizations);
            PeopleTies(people);
            return new Network(initiative, goals, indicators, measurements, organizations, people, activities, ties);
        }

        private List<Goal> Goals() =>
            Enumerable.Range(0, options.Goals)
                .Select(i => new Goal(Id("g", i, options.Goals), Numbered(GeneratorVocabulary.Goals, i), "A goal of the common agenda."))
                .ToList();

        private List<Indicator> Indicators(List<Goal> goals)
        {
            var count = options.IndicatorCount;
            var result = new List<Indicator>(count);
            for (var i = 0; i < count; i++)
            {
                var (_, unit, direction) = GeneratorVocabulary.Indicators[i % GeneratorVocabulary.Indicators.Length];
                var baseline = Math.Round(20 + (random.NextDouble() * 60), 1);
                var change = Math.Round(5 + (random.NextDouble() * 20), 1);
                var target = direction == Direction.Increase ? baseline + change : Math.Max(0, baseline - change);
                result.Add(new Indicator(
                    Id("i", i, count),
                    Numbered(IndicatorNames, i),
                    goals[i % goals.Count].Id,
                    unit,
                    direction,
                    new DatedValue(baseline, new DateOnly(2019, 1, 1)),
                    new DatedValue(Math.Round(target, 1), new DateOnly(2030, 12, 31))));
            }

            return result;
        }

        private List<Organization> Organizations(List<Goal> goals)
        {
            var count = options.Organizations;
            var result = new List<Organization>(count);
            for (var i = 0; i < count; i++)
            {
                var (sector, communityLedShare) = i == 0 ? (Sector.Nonprofit, 0.0) : PickSector();
                var name = i == 0 ? $"{Pick(Places)} Together Backbone" : $"{Pick(Places)} {OrganizationNoun(sector)}";
                var committed = i == 0 ? goals.Select(g => g.Id).ToArray() : PickDistinct(goals.Count, random.Next(1, 4)).Select(g => goals[g].Id).ToArray();
                result.Add(new Organization(Id("o", i, count), name, sector, random.NextDouble() < communityLedShare, committed));
            }

            return result;
        }

        private List<Measurement> Measurements(List<Indicator> indicators)
        {
            var result = new List<Measurement>(indicators.Count * options.MeasurementsPerIndicator);
            foreach (var indicator in indicators)
            {
                var baseline = indicator.Baseline!.Value;
                var step = (indicator.Target!.Value - baseline) / Math.Max(1, options.MeasurementsPerIndicator * 2);
                for (var k = 0; k < options.MeasurementsPerIndicator; k++)
                {
                    var date = new DateOnly(2019, 7, 1).AddMonths(6 * k).AddDays(-1);
                    var value = Math.Round(Math.Max(0, baseline + (step * (k + 1)) + ((random.NextDouble() - 0.5) * 4)), 1);
                    var reporter = organizationIds.Length > 0 && random.NextDouble() < 0.8 ? organizationIds[random.Next(organizationIds.Length)] : null;
                    result.Add(new Measurement(indicator.Id, date, value, reporter));
                }
            }

            return result;
        }

        private List<Person> People(List<Organization> organizations)
        {
            var expected = (int)Math.Round(options.PeoplePerOrganization * organizations.Count);
            var result = new List<Person>(expected + 16);
            var width = Math.Max(expected * 2, 1);
            foreach (var organization in organizations)
            {
                var members = (int)Math.Round(random.NextDouble() * 2 * options.PeoplePerOrganization);
                for (var m = 0; m < members; m++)
                {
                    result.Add(Person(result.Count, width, organization));
                }
            }

            // Residents who take part without belonging to any partner organization.
            for (var extra = expected / 20; extra > 0; extra--)
            {
                result.Add(Person(result.Count, width, null));
            }

            return result;
        }

        private Person Person(int index, int width, Organization? organization)
        {
            var first = Pick(FirstNames);
            var last = Pick(LastNames);
            var id = Id("p", index, width);
            var email = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}.{id[2..]}@{(organization is null ? "residents" : organization.Id)}.example.org";
            var communityMember = organization is null || (organization.CommunityLed && random.NextDouble() < 0.5) || random.NextDouble() < 0.05;
            return new Person(id, $"{first} {last}", organization?.Id, organization is null ? "Resident" : Pick(Roles), email, communityMember);
        }

        private List<Activity> Activities(List<Indicator> indicators)
        {
            var count = options.ActivityCount;
            var result = new List<Activity>(count);
            for (var i = 0; i < count; i++)
            {
                // The backbone convenes about a fifth of the working groups itself.
                var lead = random.NextDouble() < 0.2 ? 0 : DrawOrganization();
                var partners = new List<string>();
                var wanted = Math.Min(organizationIds.Length - 1, random.Next(2, 7));
                for (var attempts = 0; partners.Count < wanted && attempts < wanted * 10; attempts++)
                {
                    var partner = organizationIds[DrawOrganization()];
                    if (partner != organizationIds[lead] && !partners.Contains(partner))
                    {
                        partners.Add(partner);
                    }
                }

                var status = random.Next(10) switch { < 2 => ActivityStatus.Planned, < 8 => ActivityStatus.Active, _ => ActivityStatus.Completed };
                var start = Origin.AddDays(random.Next(0, 6 * 365));
                DateOnly? end = status == ActivityStatus.Completed ? start.AddDays(random.Next(90, 3 * 365)) : null;
                result.Add(new Activity(
                    Id("a", i, count),
                    $"{Numbered(Themes, i)} working group",
                    organizationIds[lead],
                    partners,
                    PickDistinct(indicators.Count, random.Next(1, 4)).Select(x => indicators[x].Id).ToArray(),
                    PickDistinct(Populations.Length, random.Next(0, 3)).Select(x => Populations[x]).ToArray(),
                    [Pick(Places).ToLowerInvariant()],
                    status,
                    status == ActivityStatus.Planned ? null : start,
                    end));
            }

            return result;
        }

        private void OrganizationTies(List<Organization> organizations)
        {
            var n = organizations.Count;
            if (n < 2)
            {
                return;
            }

            // The backbone collaborates with a quarter of the partners (at least a handful).
            foreach (var partner in PickDistinct(n - 1, Math.Min(n - 1, Math.Max(5, n / 4))))
            {
                AddTie(organizationIds[0], organizationIds[partner + 1], TieType.Collaborates, random.Next(2, 6));
            }

            var wanted = (int)Math.Round(options.TieDensity * n);
            for (int added = 0, attempts = 0; added < wanted && attempts < wanted * 5; attempts++)
            {
                var a = DrawOrganization();
                var b = random.NextDouble() < 0.7 ? NearbyOrganization(a) : DrawOrganization();
                var type = random.Next(20) switch
                {
                    < 8 => TieType.Collaborates,
                    < 12 => TieType.Communicates,
                    < 15 => TieType.Refers,
                    < 18 => TieType.SharesData,
                    _ => TieType.Funds,
                };
                double? weight = type switch
                {
                    TieType.Collaborates => random.Next(1, 6),
                    TieType.Communicates => random.Next(1, 21),
                    TieType.Refers => random.Next(1, 200),
                    TieType.Funds => random.Next(5, 500) * 1000,
                    _ => random.NextDouble() < 0.5 ? null : random.Next(1, 4),
                };
                if (a != b && AddTie(organizationIds[a], organizationIds[b], type, weight))
                {
                    added++;
                }
            }
        }

        private void ActivityTies(List<Activity> activities, List<Organization> organizations)
        {
            // Working groups form pipelines of two to four: each one's outputs are the next one's inputs.
            for (var i = 0; i < activities.Count;)
            {
                var length = random.Next(1, 5);
                for (var k = 1; k < length && i + k < activities.Count; k++)
                {
                    AddTie(activities[i + k - 1].Id, activities[i + k].Id, TieType.FeedsInto, null);
                }

                i += length;
            }

            var funders = organizations.Where(o => o.Sector is Sector.Philanthropy or Sector.Government).Select(o => o.Id).ToArray();
            for (var i = 0; funders.Length > 0 && i < activities.Count; i += 3)
            {
                AddTie(Pick(funders), activities[i].Id, TieType.Funds, random.Next(10, 1000) * 1000);
            }
        }

        private void PeopleTies(List<Person> people)
        {
            for (var i = 1; i < people.Count; i++)
            {
                // Mostly colleagues (the person just before, often of the same organization), sometimes anyone.
                var other = random.NextDouble() < 0.6 ? i - 1 : random.Next(people.Count);
                if (other != i)
                {
                    AddTie(people[i].Id, people[other].Id, TieType.Communicates, random.Next(1, 30));
                }
            }
        }

        private bool AddTie(string from, string to, TieType type, double? weight)
        {
            if (!tieKeys.Add(TieKey.Of(from, to, type)))
            {
                return false;
            }

            ties.Add(new Tie(from, to, type, weight, random.NextDouble() < 0.6 ? Origin.AddDays(random.Next(0, 5 * 365)) : null));
            return true;
        }

        /// <summary>Half uniform, half in proportion to earlier draws, so popular partners get more popular.</summary>
        private int DrawOrganization()
        {
            var drawn = drawnOrganizations.Count > 0 && random.NextDouble() < 0.5
                ? drawnOrganizations[random.Next(drawnOrganizations.Count)]
                : random.Next(organizationIds.Length);
            drawnOrganizations.Add(drawn);
            return drawn;
        }

        private int NearbyOrganization(int organization)
        {
            var clusterStart = organization / ClusterSize * ClusterSize;
            return Math.Min(organizationIds.Length - 1, clusterStart + random.Next(ClusterSize));
        }

        private (Sector Sector, double CommunityLed) PickSector()
        {
            var roll = random.Next(100);
            foreach (var (sector, weight, communityLed) in Sectors)
            {
                if ((roll -= weight) < 0)
                {
                    return (sector, communityLed);
                }
            }

            return (Sector.Other, 0.1);
        }

        /// <summary>Up to <paramref name="count"/> distinct indices below <paramref name="n"/>, in draw order.</summary>
        private List<int> PickDistinct(int n, int count)
        {
            count = Math.Min(count, n);
            var picked = new List<int>(count);
            if (count * 2 > n)
            {
                // Dense pick: a partial Fisher–Yates shuffle of all indices.
                var all = Enumerable.Range(0, n).ToArray();
                for (var i = 0; i < count; i++)
                {
                    var j = random.Next(i, n);
                    (all[i], all[j]) = (all[j], all[i]);
                    picked.Add(all[i]);
                }

                return picked;
            }

            var seen = new HashSet<int>();
            while (picked.Count < count)
            {
                var x = random.Next(n);
                if (seen.Add(x))
                {
                    picked.Add(x);
                }
            }

            return picked;
        }

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];

        private static string Id(string prefix, int index, int count) =>
            $"{prefix}-{(index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Math.Max(3, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length), '0')}";

        /// <summary>The i-th name, with a round number once the list is used up ("Early Years 2").</summary>
        private static string Numbered(string[] names, int i) =>
            i < names.Length ? names[i] : $"{names[i % names.Length]} {(i / names.Length) + 1}";
    }
}
