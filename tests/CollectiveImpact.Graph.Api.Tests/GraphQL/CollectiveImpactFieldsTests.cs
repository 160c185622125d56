using System.Globalization;
using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Analytics.Progress;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// gaps, overlaps, reinforcement and indicatorProgress on the sample. Expected values are the analytics library's,
/// called directly on a snapshot read from the same store (<see cref="LibraryReference"/>), so the test proves the API
/// runs the analysis with the parameters it echoes rather than particular findings.
/// </summary>
public sealed class CollectiveImpactFieldsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Gaps_AsOfADay_AreTheLibrarysFindingsWithCountsPerKind()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        const string query = """
            query($after: String) { gaps(asOf: "2025-06-30") { parameters { asOf staleAfterDays goal kinds } networkVersion counts { kind count }
              findings(first: 5, after: $after) { pageInfo { hasNextPage endCursor } edges { node { kind nodeIds nodes { id } message } } } } }
            """;

        var data = await client.DataAsync(query, new { after = (string?)null });
        var findings = await ConnectionPages.AllAsync(client, query, "gaps.findings");

        var expected = GapAnalysis.Run(projections.Snapshot.Network, projections.Organizations, new GapAnalysisOptions(AsOf));
        Assert.NotEmpty(expected.Findings);
        Assert.Equal("""{"asOf":"2025-06-30","staleAfterDays":365,"goal":null,"kinds":null}""", data.Path("gaps.parameters").GetRawText());
        Assert.Equal(projections.Version, data.Path("gaps.networkVersion").GetInt64());
        Assert.Equal(expected.Findings.Select(f => (GraphQLNames.EnumValue(f.Kind), string.Join(' ', f.NodeIds), f.Message)),
            findings.Select(f => (f.GetProperty("kind").GetString()!, string.Join(' ', f.GetProperty("nodeIds").EnumerateArray().Select(i => i.GetString())), f.GetProperty("message").GetString()!)));
        Assert.All(findings, f => Assert.Equal(
            f.GetProperty("nodeIds").EnumerateArray().Select(i => i.GetString()), f.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())));
        Assert.Equal(Enum.GetValues<GapKind>().Select(k => (GraphQLNames.EnumValue(k), expected.OfKind(k).Count)),
            data.Path("gaps.counts").EnumerateArray().Select(c => (c.GetProperty("kind").GetString()!, c.GetProperty("count").GetInt32())));
    }

    [Fact]
    public async Task Gaps_GoalKindsAndStaleness_AreEchoedAndApplied()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        var goal = SampleDocument.Goals[0].Text("id");

        var data = await client.DataAsync("""
            query($goal: ID!) { gaps(asOf: "2025-06-30", staleAfterDays: 90, goal: $goal, kinds: [INDICATOR_WITHOUT_RECENT_DATA, INDICATOR_OFF_TRACK, INDICATOR_OFF_TRACK]) {
              parameters { staleAfterDays goal kinds } counts { kind count } findings(first: 100) { edges { node { kind nodeIds } } } } }
            """, new { goal });

        var expected = GapAnalysis.Run(projections.Snapshot.Network, projections.Organizations,
            new GapAnalysisOptions(AsOf, 90, goal, [GapKind.IndicatorWithoutRecentData, GapKind.IndicatorOffTrack]));
        Assert.Equal($$"""{"staleAfterDays":90,"goal":"{{goal}}","kinds":["INDICATOR_WITHOUT_RECENT_DATA","INDICATOR_OFF_TRACK"]}""", data.Path("gaps.parameters").GetRawText());
        Assert.Equal(2, data.Path("gaps.counts").GetArrayLength());
        Assert.Equal(expected.Findings.Select(f => string.Join(' ', f.NodeIds)),
            data.Path("gaps.findings.edges").EnumerateArray().Select(e => string.Join(' ', e.Path("node.nodeIds").EnumerateArray().Select(i => i.GetString()))));
    }

    [Fact]
    public async Task Gaps_NoAsOf_LooksFromTodayUtc()
    {
        var before = DateOnly.FromDateTime(DateTime.UtcNow);

        var data = await client.DataAsync("{ gaps { parameters { asOf } } }");

        var asOf = DateOnly.Parse(data.Path("gaps.parameters.asOf").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(asOf, before, DateOnly.FromDateTime(DateTime.UtcNow));
    }

    [Fact]
    public async Task Overlaps_AreTheLibrarysPairs_AndCoordinationFilters()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        const string query = """
            query($after: String) { overlaps { parameters { minSimilarity coordination } coordinatedCount uncoordinatedCount
              pairs(first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { node { activityIds activities { id } leads { id } similarity coordination reasons message sharedIndicators { id } sharedPopulations sharedPlaces } } } } }
            """;

        var data = await client.DataAsync(query, new { after = (string?)null });
        var pairs = await ConnectionPages.AllAsync(client, query, "overlaps.pairs");
        var uncoordinated = await client.DataAsync("{ overlaps(coordination: UNCOORDINATED) { parameters { coordination } pairs(first: 100) { totalCount edges { node { coordination } } } } }");

        var expected = OverlapAnalysis.Run(projections.Snapshot.Network, projections.Organizations, new OverlapOptions(0.5));
        Assert.NotEmpty(expected.Overlaps);
        Assert.Equal("""{"minSimilarity":0.5,"coordination":null}""", data.Path("overlaps.parameters").GetRawText());
        Assert.Equal(expected.CoordinatedCount, data.Path("overlaps.coordinatedCount").GetInt32());
        Assert.Equal(expected.UncoordinatedCount, data.Path("overlaps.uncoordinatedCount").GetInt32());
        Assert.Equal(expected.Overlaps.Select(o => (o.ActivityA, o.ActivityB, o.Similarity, GraphQLNames.EnumValue(o.Status), o.Message)),
            pairs.Select(p => (p.Path("activityIds.0").GetString()!, p.Path("activityIds.1").GetString()!, p.GetProperty("similarity").GetDouble(), p.GetProperty("coordination").GetString()!, p.GetProperty("message").GetString()!)));
        Assert.All(pairs.Zip(expected.Overlaps), pair =>
        {
            Assert.Equal(pair.Second.SharedIndicators, pair.First.GetProperty("sharedIndicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
            Assert.Equal([pair.Second.LeadA, pair.Second.LeadB], pair.First.GetProperty("leads").EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        });
        Assert.Equal("UNCOORDINATED", uncoordinated.Path("overlaps.parameters.coordination").GetString());
        Assert.Equal(expected.UncoordinatedCount, uncoordinated.Path("overlaps.pairs.totalCount").GetInt32());
        Assert.All(uncoordinated.Path("overlaps.pairs.edges").EnumerateArray(), e => Assert.Equal("UNCOORDINATED", e.Path("node.coordination").GetString()));
    }

    [Fact]
    public async Task Overlaps_HigherMinSimilarity_KeepsOnlyThoseAtLeastAsSimilar()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);

        var data = await client.DataAsync("{ overlaps(minSimilarity: 0.9) { pairs(first: 100) { totalCount edges { node { similarity } } } } }");

        Assert.Equal(OverlapAnalysis.Run(projections.Snapshot.Network, new OverlapOptions(0.9)).Overlaps.Count, data.Path("overlaps.pairs.totalCount").GetInt32());
        Assert.All(data.Path("overlaps.pairs.edges").EnumerateArray(), e => Assert.True(e.Path("node.similarity").GetDouble() >= 0.9));
    }

    [Fact]
    public async Task Reinforcement_IsTheLibrarysCheck_PerGoalAndForTheInitiative()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);

        var data = await client.DataAsync("""
            { reinforcement { index pairCount reinforcedCount pipelines(first: 100) { totalCount edges { node { activityIds isChain } } }
              goals { goalId goal { id } index pairCount reinforcedCount activities(first: 100) { totalCount }
                unreinforcedPairs(first: 100) { totalCount edges { node { activityIds leads { id } message } } } pipelines { activityIds } } } }
            """);

        var expected = ReinforcementCheck.Run(projections.Snapshot.Network, projections.Organizations);
        var run = data.GetProperty("reinforcement");
        Assert.Equal(expected.Index!.Value, run.GetProperty("index").GetDouble(), 12);
        Assert.Equal(expected.PairCount, run.GetProperty("pairCount").GetInt32());
        Assert.Equal(expected.ReinforcedCount, run.GetProperty("reinforcedCount").GetInt32());
        Assert.Equal(expected.Pipelines.Select(p => string.Join(' ', p.Activities)),
            run.Path("pipelines.edges").EnumerateArray().Select(e => string.Join(' ', e.Path("node.activityIds").EnumerateArray().Select(i => i.GetString()))));
        var goals = run.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(expected.Goals.Select(g => g.Goal), goals.Select(g => g.GetProperty("goalId").GetString()));
        foreach (var (goal, actual) in expected.Goals.Zip(goals))
        {
            Assert.Equal(goal.Goal, actual.Path("goal.id").GetString());
            Assert.Equal(goal.PairCount, actual.GetProperty("pairCount").GetInt32());
            Assert.Equal(goal.ReinforcedCount, actual.GetProperty("reinforcedCount").GetInt32());
            Assert.Equal(goal.Index, actual.GetProperty("index").ValueKind == JsonValueKind.Null ? null : actual.GetProperty("index").GetDouble());
            Assert.Equal(goal.Activities.Count, actual.Path("activities.totalCount").GetInt32());
            Assert.Equal(goal.UnreinforcedPairs.Count, actual.Path("unreinforcedPairs.totalCount").GetInt32());
            Assert.Equal(goal.UnreinforcedPairs.Take(100).Select(p => (p.ActivityA, p.ActivityB, p.Message)),
                actual.Path("unreinforcedPairs.edges").EnumerateArray().Select(e => (e.Path("node.activityIds.0").GetString()!, e.Path("node.activityIds.1").GetString()!, e.Path("node.message").GetString()!)));
        }
    }

    [Fact]
    public async Task IndicatorProgress_AsOfADay_IsTheLibrarysOnMeasurementsUpToIt()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        var network = projections.Snapshot.Network;

        var data = await client.DataAsync("""
            { indicatorProgress(asOf: "2023-12-31") { parameters { asOf } onTrackCount offTrackCount unknownCount
              indicators(first: 100) { totalCount edges { node { indicatorId indicator { id } latest { date } measurementCount fraction expected expectedValue onTrack trendPerYear } } } } }
            """);

        var expected = network.Indicators
            .Select(i => IndicatorProgress.Of(i, [.. network.Measurements.Where(m => m.Indicator == i.Id && m.Date <= new DateOnly(2023, 12, 31))]))
            .ToList();
        var report = data.GetProperty("indicatorProgress");
        var actual = report.Path("indicators.edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal("2023-12-31", report.Path("parameters.asOf").GetString());
        Assert.Equal(expected.Select(p => p.Indicator), actual.Select(a => a.GetProperty("indicatorId").GetString()));
        Assert.All(actual, a => Assert.Equal(a.GetProperty("indicatorId").GetString(), a.Path("indicator.id").GetString()));
        Assert.Equal(expected.Select(p => p.MeasurementCount), actual.Select(a => a.GetProperty("measurementCount").GetInt32()));
        Assert.All(actual, a => Assert.True(a.GetProperty("latest").ValueKind == JsonValueKind.Null || string.CompareOrdinal(a.Path("latest.date").GetString(), "2023-12-31") <= 0));
        Assert.Equal(expected.Select(p => p.OnTrack), actual.Select(a => a.GetProperty("onTrack").ValueKind == JsonValueKind.Null ? (bool?)null : a.GetProperty("onTrack").GetBoolean()));
        Assert.Equal(expected.Select(p => Round(p.Fraction)), actual.Select(a => Round(Number(a.GetProperty("fraction")))));
        Assert.Equal(expected.Select(p => Round(p.ExpectedFraction)), actual.Select(a => Round(Number(a.GetProperty("expected")))));
        Assert.Equal(expected.Select(p => Round(p.TrendPerYear)), actual.Select(a => Round(Number(a.GetProperty("trendPerYear")))));
        Assert.Equal(expected.Count(p => p.OnTrack == false), report.GetProperty("offTrackCount").GetInt32());
        Assert.Equal(expected.Count(p => p.OnTrack == true), report.GetProperty("onTrackCount").GetInt32());
    }

    [Fact]
    public async Task IndicatorField_Progress_IsTheLibrarysOverEveryMeasurement()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        var network = projections.Snapshot.Network;

        var data = await client.DataAsync("{ indicators(first: 100) { edges { node { id progress { fraction percentOfTheWay expected onTrack trendPerYear measurementCount } } } } }");

        foreach (var edge in data.Path("indicators.edges").EnumerateArray())
        {
            var indicator = network.Indicators.Single(i => i.Id == edge.Path("node.id").GetString());
            var expected = IndicatorProgress.Of(indicator, [.. network.Measurements.Where(m => m.Indicator == indicator.Id)]);
            var progress = edge.Path("node.progress");
            Assert.Equal(Round(expected.Fraction), Round(Number(progress.GetProperty("fraction"))));
            Assert.Equal(Round(expected.Fraction * 100), Round(Number(progress.GetProperty("percentOfTheWay"))));
            Assert.Equal(Round(expected.ExpectedFraction), Round(Number(progress.GetProperty("expected"))));
            Assert.Equal(Round(expected.TrendPerYear), Round(Number(progress.GetProperty("trendPerYear"))));
            Assert.Equal(expected.MeasurementCount, progress.GetProperty("measurementCount").GetInt32());
        }
    }

    [Theory]
    [InlineData("{ gaps { networkVersion } }")]
    [InlineData("{ overlaps { pairs(first: 100) { edges { node { message } } } } }")]
    [InlineData("{ reinforcement { index goals { unreinforcedPairs(first: 100) { edges { node { message } } } } } }")]
    [InlineData("{ indicatorProgress(asOf: \"2024-06-30\") { indicators(first: 100) { edges { node { fraction onTrack } } } } }")]
    public async Task SameCallTwice_GivesTheSameResult(string query)
    {
        var first = await client.DataAsync(query);
        var second = await client.DataAsync(query);

        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    [Theory]
    [InlineData("{ gaps(staleAfterDays: -1) { networkVersion } }", "staleAfterDays:")]
    [InlineData("{ gaps(goal: \"o-backbone\") { networkVersion } }", "goal:")]
    [InlineData("{ overlaps(minSimilarity: 1.5) { networkVersion } }", "minSimilarity:")]
    [InlineData("{ overlaps(minSimilarity: -0.1) { networkVersion } }", "minSimilarity:")]
    [InlineData("{ gaps { findings(first: 1001) { totalCount } } }", "first:")]
    public async Task BadArguments_FailWithInvalidArgumentNamingTheArgument(string query, string argument) =>
        await client.AssertInvalidArgumentAsync(query, argument);

    private static double? Number(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 9) : null;
}
