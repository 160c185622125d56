using System.Reflection;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>
/// Every property of every domain record reaches its part's fingerprint: a change to any one of them changes the
/// fingerprint of a part made from it, so a property added to a record and forgotten in <c>NetworkPartHasher</c> fails
/// here (the test lists each record's init properties by reflection and needs a change for every one).
/// </summary>
public sealed class NetworkPartHasherTests
{
    [Fact]
    public void Hash_AnyPropertyChanged_ChangesAPartMadeFromIt()
    {
        var day = new DateOnly(2024, 1, 1);
        Check(
            new Initiative("i", "I", "o", "d"), [NetworkPart.Initiative, NetworkPart.InitiativeDescription], one: false,
            ("Id", x => x with { Id = "j" }), ("Name", x => x with { Name = "J" }), ("Backbone", x => x with { Backbone = null }),
            ("Description", x => x with { Description = "e" }));
        Check(
            new Goal("g", "G", "d"), [NetworkPart.Goals, NetworkPart.GoalDescriptions], one: true,
            ("Id", x => x with { Id = "h" }), ("Name", x => x with { Name = "H" }), ("Description", x => x with { Description = null }));
        Check(
            new Indicator("i", "I", "g", "u", Direction.Increase, new DatedValue(1, day), new DatedValue(2, day)), [NetworkPart.Indicators], one: true,
            ("Id", x => x with { Id = "j" }), ("Name", x => x with { Name = "J" }), ("Goal", x => x with { Goal = "h" }), ("Unit", x => x with { Unit = null }),
            ("Direction", x => x with { Direction = Direction.Decrease }), ("Baseline", x => x with { Baseline = new DatedValue(1, null) }),
            ("Target", x => x with { Target = new DatedValue(3, day) }));
        Check(
            new Measurement("i", day, 1, "o"), [NetworkPart.Measurements], one: true,
            ("Indicator", x => x with { Indicator = "j" }), ("Date", x => x with { Date = day.AddDays(1) }), ("Value", x => x with { Value = 1.5 }),
            ("ReportedBy", x => x with { ReportedBy = null }));
        Check(
            new Organization("o", "O", Sector.Health, true, ["g"]), [NetworkPart.Organizations], one: true,
            ("Id", x => x with { Id = "p" }), ("Name", x => x with { Name = "P" }), ("Sector", x => x with { Sector = null }),
            ("CommunityLed", x => x with { CommunityLed = false }), ("Goals", x => x with { Goals = ["g", "h"] }),
            ("Since", x => x with { Since = day }), ("Until", x => x with { Until = day }));
        Check(
            new Person("p", "P", "o", "r", "e", true), [NetworkPart.People], one: true,
            ("Id", x => x with { Id = "q" }), ("Name", x => x with { Name = "Q" }), ("Organization", x => x with { Organization = null }),
            ("Role", x => x with { Role = "s" }), ("Email", x => x with { Email = "f" }), ("CommunityMember", x => x with { CommunityMember = false }),
            ("Since", x => x with { Since = day }), ("Until", x => x with { Until = day }));
        Check(
            new Activity("a", "A", "o", ["p"], ["i"], ["y"], ["z"], ActivityStatus.Active, day, day), [NetworkPart.Activities], one: true,
            ("Id", x => x with { Id = "b" }), ("Name", x => x with { Name = "B" }), ("Lead", x => x with { Lead = "q" }),
            ("Partners", x => x with { Partners = [] }), ("Indicators", x => x with { Indicators = ["i", "j"] }),
            ("Populations", x => x with { Populations = ["w"] }), ("Places", x => x with { Places = [] }),
            ("Status", x => x with { Status = null }), ("Start", x => x with { Start = null }), ("End", x => x with { End = day.AddDays(3) }));
        Check(
            new Tie("a", "b", TieType.FeedsInto, 2, day, day), [NetworkPart.FeedsInto, NetworkPart.Ties], one: true,
            ("From", x => x with { From = "c" }), ("To", x => x with { To = "c" }), ("Type", x => x with { Type = TieType.Collaborates }),
            ("Weight", x => x with { Weight = null }), ("Since", x => x with { Since = null }), ("Until", x => x with { Until = null }));
    }

    [Fact]
    public void Hash_FeedsIntoTies_IgnoresOtherTiesAndWeights()
    {
        Tie[] before = [new("a", "b", TieType.FeedsInto, 1), new("o", "p", TieType.Collaborates)];
        Tie[] after = [new("a", "b", TieType.FeedsInto, 5), new("o", "p", TieType.Collaborates, 3), new("o", "q", TieType.Collaborates)];

        Assert.Equal(NetworkPartHasher.Hash(NetworkPart.FeedsInto, before), NetworkPartHasher.Hash(NetworkPart.FeedsInto, after));
        Assert.NotEqual(NetworkPartHasher.Hash(NetworkPart.Ties, before), NetworkPartHasher.Hash(NetworkPart.Ties, after));
    }

    private static void Check<T>(T item, NetworkPart[] parts, bool one, params (string Property, Func<T, T> Change)[] changes)
        where T : class
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.Name != "EqualityContract")
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(properties, changes.Select(c => c.Property).Order(StringComparer.Ordinal));
        foreach (var (property, change) in changes)
        {
            var changed = change(item);
            Assert.NotEqual(item, changed);
            Assert.True(
                parts.Any(part => NetworkPartHasher.Hash(part, Source(item, one)) != NetworkPartHasher.Hash(part, Source(changed, one))),
                $"{typeof(T).Name}.{property} changed no fingerprint of {string.Join(", ", parts)}.");
        }
    }

    private static object Source<T>(T item, bool one) => one ? new[] { item } : item!;
}
