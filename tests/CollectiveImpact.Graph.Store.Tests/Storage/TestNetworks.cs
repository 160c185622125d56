using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Tests.Storage;

/// <summary>
/// Small networks written by hand, so storage tests can state exact expected ids. <see cref="Riverside"/> is
/// valid under network-format.md and deliberately awkward: lists out of id order, undirected ties given with their
/// ends reversed, measurements out of date order, a non-ASCII name, optional fields both given and absent.
/// </summary>
internal static class TestNetworks
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static Network Riverside { get; } = new(
        new Initiative("riverside", "Riverside Together", "o-backbone", "A place-based initiative for families."),
        [
            new Goal("g-ready", "Children ready for school", "Every child starts school ready to learn."),
            new Goal("g-health", "Healthy families"),
            new Goal("g-jobs", "Good jobs for young people"),
        ],
        [
            new Indicator("i-kindy", "Kindy enrolment", "g-ready", "%", Direction.Increase,
                new DatedValue(72.0, D("2019-01-01")), new DatedValue(90.0, D("2025-12-31"))),
            new Indicator("i-reading", "Reading at grade level", "g-ready"),
            new Indicator("i-clinic", "Preventable clinic visits", "g-health", "visits", Direction.Decrease, new DatedValue(410)),
            new Indicator("i-employ", "Youth employment", "g-jobs", "%", Target: new DatedValue(80, D("2026-06-30"))),
        ],
        [
            new Measurement("i-kindy", D("2022-06-30"), 78.5, "o-ed"),
            new Measurement("i-clinic", D("2022-01-01"), 380),
            new Measurement("i-kindy", D("2021-06-30"), 75.25, "o-ed"),
            new Measurement("i-reading", D("2022-12-31"), 61),
            new Measurement("i-employ", D("2023-03-31"), 55, "o-youth"),
        ],
        [
            new Organization("o-ed", "Dept of Education", Sector.Government, false, ["g-ready"]),
            new Organization("o-health", "Riverside Health", Sector.Health, false, ["g-health", "g-ready"]),
            new Organization("o-backbone", "Riverside Backbone Team", Sector.Nonprofit, false, ["g-jobs", "g-health", "g-ready"]),
            new Organization("o-church", "Église Saint-Paul", Sector.Faith, true),
            new Organization("o-youth", "Youth Voice", Sector.Community, true, ["g-jobs"]),
            new Organization("o-biz", "Main Street Traders", Since: D("2021-01-01"), Until: D("2024-06-30")),
        ],
        [
            new Person("p-ann", "Ann Lee", "o-ed", "Principal", "ann@example.org"),
            new Person("p-bob", "Bob Ng", "o-health", "Nurse"),
            new Person("p-cy", "Cy Rivers", "o-youth", CommunityMember: true),
            new Person("p-dee", "Dee Okafor", Since: D("2022-03-01")),
        ],
        [
            new Activity("a-kindy", "Going to Kindy", "o-ed", ["o-health", "o-church"], ["i-kindy", "i-reading"],
                ["children-3-5"], ["logan-central", "logan-east"], ActivityStatus.Active, D("2020-02-01")),
            new Activity("a-clinic", "Clinic outreach", "o-health", ["o-ed"], ["i-clinic"], Status: ActivityStatus.Planned),
            new Activity("a-jobs", "Jobs pathway", "o-youth", [], ["i-employ"], Status: ActivityStatus.Completed,
                Start: D("2021-01-01"), End: D("2022-12-31")),
            new Activity("a-hub", "Family hub", "o-backbone", ["o-youth", "o-ed"]),
        ],
        [
            new Tie("o-ed", "o-health", TieType.Collaborates, 3, D("2020-01-01")),
            new Tie("o-youth", "o-church", TieType.Collaborates),
            new Tie("o-backbone", "a-kindy", TieType.Funds, 50000),
            new Tie("o-backbone", "o-youth", TieType.Funds, 12000, D("2021-07-01"), D("2023-06-30")),
            new Tie("o-health", "o-ed", TieType.Refers, 40),
            new Tie("o-ed", "o-health", TieType.SharesData),
            new Tie("p-cy", "p-ann", TieType.Communicates, 2),
            new Tie("p-ann", "p-bob", TieType.Communicates),
            new Tie("a-kindy", "a-hub", TieType.FeedsInto),
            new Tie("o-biz", "a-jobs", TieType.Funds, 2500),
        ]);

    /// <summary>A network with only goals, for tests about versions and concurrency.</summary>
    public static Network Goals(params string[] ids) =>
        Network.Empty with { Goals = ids.Select(id => new Goal(id, $"Goal {id}")).ToList() };
}
