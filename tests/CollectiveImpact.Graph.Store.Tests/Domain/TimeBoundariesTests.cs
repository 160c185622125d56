using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CollectiveImpact.Graph.Store.Tests.Domain;

/// <summary>
/// The days on which what counts changes: the fast path (a date that excludes nothing reads the stored network) and
/// the period (dates of one period read the same network). Property tests on generated networks with random dates
/// compare the canonical documents of <see cref="TimeRule.AsOf"/>; the hand-built case is the spec's tie ending
/// 2025-06-30.
/// </summary>
public sealed class TimeBoundariesTests
{
    private static readonly DateOnly Origin = new(2020, 1, 1);

    [Fact]
    public void Of_TieEndingJune30_ChangesOnJuly1AndExcludesNothingUpToJune30()
    {
        var network = Network.Empty with
        {
            Organizations = [new Organization("o-a", "A"), new Organization("o-b", "B", Since: new DateOnly(2024, 1, 1))],
            Ties = [new Tie("o-a", "o-b", TieType.SharesData, Since: new DateOnly(2024, 3, 1), Until: new DateOnly(2025, 6, 30))],
        };

        var boundaries = TimeBoundaries.Of(network);

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 1), new DateOnly(2025, 7, 1)], boundaries.Changes);
        Assert.True(boundaries.ExcludesNothingOn(new DateOnly(2025, 6, 30)));
        Assert.True(boundaries.ExcludesNothingOn(new DateOnly(2024, 3, 1)));
        Assert.False(boundaries.ExcludesNothingOn(new DateOnly(2025, 7, 1)));
        Assert.False(boundaries.ExcludesNothingOn(new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(2024, 3, 1), boundaries.PeriodOf(new DateOnly(2025, 6, 30)));
        Assert.Equal(new DateOnly(2025, 7, 1), boundaries.PeriodOf(new DateOnly(2030, 1, 1)));
        Assert.Equal(DateOnly.MinValue, boundaries.PeriodOf(new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public void Of_NetworkWithoutDates_ExcludesNothingOnAnyDay()
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 3, Organizations = 20 }) with { Measurements = [] };
        network = network with
        {
            Organizations = [.. network.Organizations.Select(o => o with { Since = null, Until = null })],
            People = [.. network.People.Select(p => p with { Since = null, Until = null })],
            Activities = [.. network.Activities.Select(a => a with { Start = null, End = null })],
            Ties = [.. network.Ties.Select(t => t with { Since = null, Until = null })],
        };

        var boundaries = TimeBoundaries.Of(network);

        Assert.Empty(boundaries.Changes);
        Assert.True(boundaries.ExcludesNothingOn(DateOnly.MinValue));
        Assert.True(boundaries.ExcludesNothingOn(DateOnly.MaxValue));
    }

    /// <summary>The period's first day reads the same network as every day of the period (what lets dates share a view and a cache entry).</summary>
    [Property(MaxTest = 40)]
    public Property PeriodOf_AnyNetworkAnyDate_ReadsTheSameNetworkAsTheDate(int seed, short day)
    {
        var network = DatedNetworks.Dated(NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = 20 }), seed);
        var date = Origin.AddDays(Math.Abs(day % 4000) - 200);

        var period = TimeBoundaries.Of(network).PeriodOf(date);

        var same = NetworkDocumentWriter.Write(TimeRule.AsOf(network, period)).AsSpan().SequenceEqual(NetworkDocumentWriter.Write(TimeRule.AsOf(network, date)));
        return (period <= date && same).Label($"seed {seed}, {date}: period {period}, same network {same}");
    }

    /// <summary>A date excludes nothing exactly when the network as of it is the stored network (the fast path is exact).</summary>
    [Property(MaxTest = 40)]
    public Property ExcludesNothingOn_AnyNetworkAnyDate_IffAsOfIsTheWholeNetwork(int seed, short day)
    {
        // Few dates so that some networks have a day on which everything counts.
        var generated = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = 8 });
        var network = Math.Abs(seed % 2) == 0 ? generated : DatedNetworks.Dated(generated, seed);
        var date = Origin.AddDays(Math.Abs(day % 4000) - 200);

        var excludesNothing = TimeBoundaries.Of(network).ExcludesNothingOn(date);

        var whole = NetworkDocumentWriter.Write(TimeRule.AsOf(network, date)).AsSpan().SequenceEqual(NetworkDocumentWriter.Write(network));
        return (excludesNothing == whole).Label($"seed {seed}, {date}: excludes nothing {excludesNothing}, AsOf is the whole network {whole}");
    }
}
