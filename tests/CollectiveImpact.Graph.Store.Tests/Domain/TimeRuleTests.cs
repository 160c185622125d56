using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Domain;

/// <summary>
/// The rule "what counts on date d" (network-format.md, <i>Time</i>): inclusive bounds, null bounds open. Property
/// tests over dates given as day offsets from 2020-01-01 and over generated networks given random dates; the
/// hand-built cases state the spec's own example (a tie ending 2025-06-30).
/// </summary>
public sealed class TimeRuleTests
{
    private static readonly DateOnly Origin = new(2020, 1, 1);

    [Fact]
    public void CountsOn_TieEndingJune30_CountsThatDayAndNotTheNext()
    {
        var tie = new Tie("o-a", "o-b", TieType.SharesData, Since: D("2024-01-01"), Until: D("2025-06-30"));

        Assert.True(tie.CountsOn(D("2025-06-30")));
        Assert.False(tie.CountsOn(D("2025-07-01")));
        Assert.True(tie.CountsOn(D("2024-01-01")));
        Assert.False(tie.CountsOn(D("2023-12-31")));
    }

    [Property(MaxTest = 300)]
    public Property CountsOn_EndingTheDayBefore_NeverCounts(short day, short? sinceOffset) =>
        (!TimeRule.CountsOn(Day(sinceOffset), Day(day).AddDays(-1), Day(day))).ToProperty();

    [Property(MaxTest = 300)]
    public Property CountsOn_StartingTheDayAfter_NeverCounts(short day, short? untilOffset) =>
        (!TimeRule.CountsOn(Day(day).AddDays(1), Day(untilOffset), Day(day))).ToProperty();

    [Property(MaxTest = 300)]
    public Property CountsOn_BothBoundsOnTheDay_Counts(short day) =>
        TimeRule.CountsOn(Day(day), Day(day), Day(day)).ToProperty();

    [Property(MaxTest = 300)]
    public Property CountsOn_OpenBounds_AlwaysCount(short day) =>
        TimeRule.CountsOn(null, null, Day(day)).ToProperty();

    /// <summary>What counts on two days counts on every day between: the days an entry counts form one interval.</summary>
    [Property(MaxTest = 300)]
    public Property CountsOn_TwoDays_CountsOnEveryDayBetween(short? since, short? until, short first, byte gap, byte step)
    {
        var (from, to) = (Day(since), Day(until));
        var (d1, d2) = (Day(first), Day(first).AddDays(gap));
        var between = d1.AddDays(gap == 0 ? 0 : step % (gap + 1));
        return (!(TimeRule.CountsOn(from, to, d1) && TimeRule.CountsOn(from, to, d2)) || TimeRule.CountsOn(from, to, between)).ToProperty();
    }

    [Fact]
    public void CountsOn_Measurement_CountsFromItsDateOn()
    {
        var measurement = new Measurement("i-x", D("2024-03-31"), 5);

        Assert.False(measurement.CountsOn(D("2024-03-30")));
        Assert.True(measurement.CountsOn(D("2024-03-31")));
    }

    [Fact]
    public void AsOf_RiversideBeforeMainStreetTradersJoined_DropsItAndEverythingAttached()
    {
        var network = Riverside with { Ties = [.. Riverside.Ties, new Tie("o-biz", "o-ed", TieType.Refers)] };

        var before = TimeRule.AsOf(network, D("2020-12-31"));
        var during = TimeRule.AsOf(network, D("2022-06-30"));

        Assert.DoesNotContain(before.Organizations, o => o.Id == "o-biz");
        Assert.DoesNotContain(before.Ties, t => t.From == "o-biz" || t.To == "o-biz");
        Assert.DoesNotContain(before.People, p => p.Id == "p-dee");
        Assert.Contains(during.Organizations, o => o.Id == "o-biz");
        Assert.Contains(during.Ties, t => t.From == "o-biz");
    }

    [Fact]
    public void AsOf_NetworkWithoutDates_IsTheNetworkItself()
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 7, Organizations = 30 });
        var undated = Undated(network);

        var asOf = TimeRule.AsOf(undated, D("2025-01-01"));

        Assert.Equal(NetworkDocumentWriter.Write(undated), NetworkDocumentWriter.Write(asOf));
    }

    /// <summary>
    /// On any date, the network as of that date is a valid network on its own (every reference resolves, every tie's
    /// ends are there), holds only what counts on that date, and filtering it again changes nothing.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property AsOf_AnyNetworkAnyDate_IsValidHoldsOnlyWhatCountsAndIsIdempotent(int seed, short day)
    {
        var network = Dated(NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = 25 }), seed);
        var date = Origin.AddDays(Math.Abs(day % 2500));

        var asOf = TimeRule.AsOf(network, date);

        var problems = NetworkChangeValidator.Validate(NetworkChange.Replace(asOf), Network.Empty);
        var onlyCounting = asOf.Organizations.All(o => o.CountsOn(date)) && asOf.People.All(p => p.CountsOn(date))
            && asOf.Activities.All(a => a.CountsOn(date)) && asOf.Ties.All(t => t.CountsOn(date))
            && asOf.Measurements.All(m => m.CountsOn(date));
        var again = NetworkDocumentWriter.Write(TimeRule.AsOf(asOf, date)).AsSpan().SequenceEqual(NetworkDocumentWriter.Write(asOf));
        return (problems.Count == 0 && onlyCounting && again)
            .Label($"seed {seed}, {date}: {problems.Count} problems (first: {problems.FirstOrDefault()}), only counting {onlyCounting}, idempotent {again}");
    }

    /// <summary>Every tie that counts on the date and joins two nodes that count is kept: nothing is dropped without cause.</summary>
    [Property(MaxTest = 40)]
    public Property AsOf_AnyNetworkAnyDate_KeepsEveryCountingTieBetweenCountingEnds(int seed, short day)
    {
        var network = Dated(NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = 25 }), seed);
        var date = Origin.AddDays(Math.Abs(day % 2500));

        var asOf = TimeRule.AsOf(network, date);

        var nodes = asOf.Organizations.Select(o => o.Id).Concat(asOf.People.Select(p => p.Id)).Concat(asOf.Activities.Select(a => a.Id)).ToHashSet();
        var expected = network.Ties.Where(t => t.CountsOn(date) && nodes.Contains(t.From) && nodes.Contains(t.To)).ToList();
        return expected.SequenceEqual(asOf.Ties).Label($"seed {seed}, {date}: expected {expected.Count} ties, kept {asOf.Ties.Count}");
    }

    private static DateOnly Day(short offset) => Origin.AddDays(offset);

    private static DateOnly? Day(short? offset) => offset is { } o ? Origin.AddDays(o) : null;

    private static Network Dated(Network network, int seed) => DatedNetworks.Dated(network, seed);

    private static Network Undated(Network network) => network with
    {
        Organizations = [.. network.Organizations.Select(o => o with { Since = null, Until = null })],
        People = [.. network.People.Select(p => p with { Since = null, Until = null })],
        Activities = [.. network.Activities.Select(a => a with { Start = null, End = null })],
        Ties = [.. network.Ties.Select(t => t with { Since = null, Until = null })],
        Measurements = [],
    };
}
