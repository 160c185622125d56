using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;
using static CollectiveImpact.Graph.Analytics.Tests.Fixtures.NetworkBuilder;

namespace CollectiveImpact.Graph.Analytics.Tests.Change;

/// <summary>
/// compare (analyses.md §6) on seeded random dated initiatives (<see cref="DatedNetworks"/>): a side compared with
/// itself changes nothing; swapping the sides swaps joined with left and added with ended and negates every change;
/// ties added are exactly the keys counting on the later date and not the earlier one, checked against the dates
/// themselves; each side's figures are those of the analysis that defines them; a tie ending the day before a side's
/// date never counts on it. Small hand-made networks check the sentences.
/// </summary>
public sealed class NetworkComparisonTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 24)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compare_SideWithItself_ChangesNothing(int seed)
    {
        var network = DatedNetworks.Generate(seed);
        var date = DatedNetworks.Day(new Random(seed));

        var change = NetworkComparison.Compare(DatedNetworks.Side(network, date), DatedNetworks.Side(network, date), maxDegreeOfParallelism: 1);

        Assert.Empty(change.Organizations.Joined);
        Assert.Empty(change.Organizations.Left);
        Assert.Empty(change.People.Joined);
        Assert.Empty(change.People.Left);
        Assert.Equal(0, change.TiesAdded.Count);
        Assert.Equal(0, change.TiesEnded.Count);
        Assert.All(change.Metrics, m => Assert.True(m.Change is null or 0, $"{m.Name} changed by {m.Change}"));
        Assert.True(change.Reinforcement.Index.Change is null or 0);
        Assert.All(change.Reinforcement.Goals, g => Assert.True(g.Index.Change is null or 0));
        Assert.All(change.Equity, e => Assert.True(e.Difference.Change is null or 0));
        Assert.True(change.BackboneDependence.Change is null or 0);
        Assert.Empty(change.Movers.Degree);
        Assert.Empty(change.Movers.Betweenness);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compare_SwappedSides_NegatesEveryChange(int seed)
    {
        var network = DatedNetworks.Generate(seed);
        var random = new Random(seed + 1000);
        var (a, b) = (DatedNetworks.Side(network, DatedNetworks.Day(random)), DatedNetworks.Side(network, DatedNetworks.Day(random)));

        var forward = NetworkComparison.Compare(a, b, maxDegreeOfParallelism: 1);
        var backward = NetworkComparison.Compare(b, a, maxDegreeOfParallelism: 1);

        Assert.Equal(Ids(forward.Organizations.Joined), Ids(backward.Organizations.Left));
        Assert.Equal(Ids(forward.Organizations.Left), Ids(backward.Organizations.Joined));
        Assert.Equal(Ids(forward.People.Joined), Ids(backward.People.Left));
        Assert.Equal(Keys(forward.TiesAdded), Keys(backward.TiesEnded));
        Assert.Equal(Keys(forward.TiesEnded), Keys(backward.TiesAdded));
        Assert.Equal(forward.TiesAdded.CrossSector, backward.TiesEnded.CrossSector);
        foreach (var (f, g) in forward.Metrics.Zip(backward.Metrics))
        {
            Assert.Equal(f.Name, g.Name);
            Assert.Equal(f.Before, g.After);
            Assert.Equal(f.After, g.Before);
            Assert.Equal(f.Change, -g.Change);
        }

        Assert.Equal(forward.Reinforcement.Index.Change, -backward.Reinforcement.Index.Change);
        Assert.Equal(forward.BackboneDependence.Change, -backward.BackboneDependence.Change);
        Assert.Equal(
            forward.Movers.Degree.Select(m => (m.Organization.Id, m.Change)).Order(),
            backward.Movers.Degree.Select(m => (m.Organization.Id, -m.Change)).Order());
        Assert.Equal(
            forward.Movers.Betweenness.Select(m => (m.Organization.Id, m.Change)).Order(),
            backward.Movers.Betweenness.Select(m => (m.Organization.Id, -m.Change)).Order());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compare_TiesAndMembers_AreThoseCountingOnOneDateAndNotTheOther(int seed)
    {
        var network = DatedNetworks.Generate(seed);
        var random = new Random(seed + 2000);
        var (early, late) = (DatedNetworks.Day(random), DatedNetworks.Day(random));

        var change = NetworkComparison.Compare(DatedNetworks.Side(network, early), DatedNetworks.Side(network, late), maxDegreeOfParallelism: 1);

        // From the dates themselves (network-format.md, Time), not through TimeRule.AsOf.
        var counts = (DateOnly? since, DateOnly? until, DateOnly day) => (since is null || since <= day) && (until is null || day <= until);
        var organizationsOn = (DateOnly day) => network.Organizations.Where(o => counts(o.Since, o.Until, day)).Select(o => o.Id).ToHashSet();
        var peopleOn = (DateOnly day) => network.People.Where(p => counts(p.Since, p.Until, day)).Select(p => p.Id).ToHashSet();
        var activitiesOn = (DateOnly day) => network.Activities
            .Where(a => counts(a.Start, a.End, day) && organizationsOn(day).Contains(a.Lead)).Select(a => a.Id).ToHashSet();
        var tiesOn = (DateOnly day) =>
        {
            var nodes = organizationsOn(day).Concat(peopleOn(day)).Concat(activitiesOn(day)).ToHashSet();
            return network.Ties.Where(t => counts(t.Since, t.Until, day) && nodes.Contains(t.From) && nodes.Contains(t.To)).Select(t => t.Key).ToHashSet();
        };
        Assert.Equal(organizationsOn(late).Except(organizationsOn(early)).Order(StringComparer.Ordinal), Ids(change.Organizations.Joined));
        Assert.Equal(organizationsOn(early).Except(organizationsOn(late)).Order(StringComparer.Ordinal), Ids(change.Organizations.Left));
        Assert.Equal(peopleOn(late).Except(peopleOn(early)).Order(StringComparer.Ordinal), Ids(change.People.Joined));
        Assert.Equal(Sorted(tiesOn(late).Except(tiesOn(early))), Sorted(Keys(change.TiesAdded)));
        Assert.Equal(Sorted(tiesOn(early).Except(tiesOn(late))), Sorted(Keys(change.TiesEnded)));
        Assert.Equal(change.TiesAdded.Count, change.TiesAdded.ByType.Sum(t => t.Count));
        Assert.Equal(change.TiesAdded.Count, change.TiesAdded.BySectorPair.Sum(t => t.Count));
        Assert.Equal(change.TiesAdded.CrossSector, change.TiesAdded.BySectorPair.Where(p => p.CrossSector).Sum(p => p.Count));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compare_EachSidesFigures_AreThoseOfTheAnalysesOnThatSide(int seed)
    {
        var network = DatedNetworks.Generate(seed);
        var random = new Random(seed + 3000);
        var (a, b) = (DatedNetworks.Side(network, DatedNetworks.Day(random)), DatedNetworks.Side(network, DatedNetworks.Day(random)));

        var change = NetworkComparison.Compare(a, b, maxDegreeOfParallelism: 1);

        var metrics = NetworkMetrics.Compute(b.Organizations.Graph, b.Organizations.SectorsById());
        var named = change.Metrics.ToDictionary(m => m.Name);
        Assert.Equal(metrics.Density, named["density"].After);
        Assert.Equal(metrics.ComponentCount, named["components"].After);
        Assert.Equal(metrics.Diameter, named["diameter"].After);
        Assert.Equal(metrics.Transitivity, named["transitivity"].After);
        Assert.Equal(metrics.SectorAssortativity, named["sectorAssortativity"].After);
        Assert.Equal(Analytics.Connectivity.AveragePathLength.Compute(b.Organizations.Graph)!.Value, named["averageShortestPath"].After!.Value, 12);
        Assert.Equal(ReinforcementCheck.Run(a.Network).Index, change.Reinforcement.Index.Before);
        Assert.Equal(ReinforcementCheck.Run(b.Network).Index, change.Reinforcement.Index.After);
        var backbone = b.Network.Initiative?.Backbone;
        if (backbone is not null && b.Organizations.Graph.TryGetIndex(backbone, out var index))
        {
            Assert.Equal(BackboneDependence.Compute(b.Organizations.Graph, index).Share, change.BackboneDependence.After);
        }
        else
        {
            Assert.Null(change.BackboneDependence.After);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Measure_WithProgress_ReportsRisingFractionsEndingAtOneAndMeasuresTheSame(int seed)
    {
        var network = DatedNetworks.Generate(seed);
        var date = DatedNetworks.Day(new Random(seed));
        var heard = new List<double>();

        var measured = NetworkComparison.Measure(DatedNetworks.Side(network, date), null, 1, new Heard(heard), CancellationToken.None);
        var plain = NetworkComparison.Measure(DatedNetworks.Side(network, date), maxDegreeOfParallelism: 1);

        Assert.True(heard.Count >= 5, $"only {heard.Count} reports");
        Assert.All(heard.Zip(heard.Skip(1)), p => Assert.True(p.First < p.Second, $"{p.First} then {p.Second}"));
        Assert.All(heard, f => Assert.InRange(f, 0, 1));
        Assert.Equal(1.0, heard[^1]);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(plain.Metrics), System.Text.Json.JsonSerializer.Serialize(measured.Metrics));
        Assert.Equal(plain.AverageShortestPath, measured.AverageShortestPath);
        Assert.Equal(plain.Reinforcement.Index, measured.Reinforcement.Index);
        Assert.Equal(plain.Backbone?.Share, measured.Backbone?.Share);
    }

    [Fact]
    public void Compare_TieEndingTheDayBeforeADate_NeverCountsOnIt()
    {
        var network = new NetworkBuilder().Backbone("bb").Organizations("a", "b", "c").Build() with
        {
            Ties =
            [
                new Tie("a", "b", TieType.Collaborates, Until: D("2025-06-29")),
                new Tie("b", "c", TieType.Collaborates, Since: D("2025-06-30")),
                new Tie("bb", "a", TieType.Collaborates),
            ],
        };

        var change = NetworkComparison.Compare(
            DatedNetworks.Side(network, D("2025-06-29")), DatedNetworks.Side(network, D("2025-06-30")), maxDegreeOfParallelism: 1);

        Assert.Equal([TieKey.Of("a", "b", TieType.Collaborates)], Keys(change.TiesEnded));
        Assert.Equal([TieKey.Of("b", "c", TieType.Collaborates)], Keys(change.TiesAdded));
        Assert.Equal(2.0, change.Metrics.Single(m => m.Name == "edges").After);
    }

    [Fact]
    public void Compare_GrowingNetwork_SentencesSayWhatChangedInPlainNumbers()
    {
        var network = new NetworkBuilder()
            .Backbone("bb")
            .Organization("bb", sector: Sector.Nonprofit, name: "Backbone")
            .Organization("school", sector: Sector.Education, name: "Riverbend School")
            .Organization("clinic", sector: Sector.Health, name: "Northside Clinic")
            .Organization("youth", sector: Sector.Nonprofit, communityLed: true, name: "Youth Voices")
            .Build();
        network = network with
        {
            Organizations = [.. network.Organizations.Select(o => o.Id == "youth" ? o with { Since = D("2025-03-01") } : o)],
            Ties =
            [
                new Tie("bb", "school", TieType.Collaborates),
                new Tie("bb", "clinic", TieType.Collaborates),
                new Tie("school", "clinic", TieType.SharesData, Since: D("2025-02-01")),
                new Tie("youth", "school", TieType.Collaborates, Since: D("2025-04-01")),
            ],
        };

        var change = NetworkComparison.Compare(
            DatedNetworks.Side(network, D("2024-12-31"), "Baseline 2024") with { Snapshot = true },
            DatedNetworks.Side(network, D("2025-12-31")),
            maxDegreeOfParallelism: 1);

        Assert.Equal(["youth"], Ids(change.Organizations.Joined));
        Assert.Equal(2, change.TiesAdded.CrossSector);
        // Before: school and clinic reach each other only through the backbone (1 pair of 1); after, directly.
        Assert.Equal(1.0, change.BackboneDependence.Before);
        Assert.Equal(0.0, change.BackboneDependence.After);
        Assert.Equal("Since 'Baseline 2024': 2 new cross-sector collaborations (2 ties added in all); 0 cross-sector collaborations ended (0 ties in all).", change.Sentences[0]);
        Assert.Contains("1 partner organization joined (Youth Voices) and 0 left: 4 now, 3 then.", change.Sentences);
        Assert.Contains("0% of connected partner pairs now depend on the backbone to reach each other, down from 100%.", change.Sentences);
    }

    private static List<string> Ids(IEnumerable<ComparedNode> nodes) => [.. nodes.Select(n => n.Id)];

    private static List<string> Sorted(IEnumerable<TieKey> keys) => [.. keys.Select(k => k.ToString()).Order(StringComparer.Ordinal)];

    private static List<TieKey> Keys(TieChanges changes) => [.. changes.Ties.Select(t => TieKey.Of(t.From.Id, t.To.Id, t.Type))];

    /// <summary>Keeps every report, on the reporting thread.</summary>
    private sealed class Heard(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
