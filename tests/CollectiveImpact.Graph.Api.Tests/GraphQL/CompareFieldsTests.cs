using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// compare(from, to) through the API (issue 15, analyses.md §6) on the sample: the ties added and ended are those of the
/// network documents exported as of each date; a date with itself changes nothing; swapped sides negate every change;
/// a snapshot side sees a tie written after it as added, and its figures as of each date of sample_asof.json are
/// NetworkX's; bad sides are refused naming the side; a dashboard gets the
/// counts and no person.
/// </summary>
public sealed class CompareFieldsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Figures = """
        organizations { before after joinedCount leftCount }
        people { before after joinedCount leftCount }
        tiesAdded { count crossSector byType { type count } ties(first: 1000) { totalCount edges { node { from { id kind } to { id kind } type } } } }
        tiesEnded { count crossSector ties(first: 1000) { edges { node { from { id } to { id } type } } } }
        metrics { name before after change }
        reinforcement { index { before after change } }
        equity { measure difference { change } }
        backboneDependence { before after change }
        movers { degree { organization { id } change } betweenness { organization { id } change } }
        sentences
        """;

    [Fact]
    public async Task Compare_SampleAcrossThreeYears_TiesAddedAndEndedAreThoseOfTheDocumentsAsOfEachDate()
    {
        var client = factory.GraphQL();
        var before = await TieKeysAsync(client, "2023-01-01");
        var after = await TieKeysAsync(client, "2026-01-01");

        var compare = (await client.DataAsync($$"""{ compare(from: { date: "2023-01-01" }, to: { date: "2026-01-01" }) { from { label date snapshot } to { label } {{Figures}} } }""")).GetProperty("compare");

        Assert.Equal("1 January 2023", compare.Path("from.label").GetString());
        Assert.Equal(JsonValueKind.Null, compare.Path("from.snapshot").ValueKind);
        Assert.Equal(after.Except(before).Count(), compare.Path("tiesAdded.count").GetInt32());
        Assert.Equal(before.Except(after).Count(), compare.Path("tiesEnded.count").GetInt32());
        Assert.Equal(
            after.Except(before).Order(StringComparer.Ordinal),
            compare.Path("tiesAdded.ties.edges").EnumerateArray().Select(e => Key(e.GetProperty("node"))).Order(StringComparer.Ordinal));
        Assert.True(compare.Path("tiesAdded.crossSector").GetInt32() > 0);
        Assert.StartsWith($"Since 1 January 2023: {compare.Path("tiesAdded.crossSector").GetInt32()} new cross-sector collaboration", compare.GetProperty("sentences")[0].GetString(), StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, compare.Path("backboneDependence.after").ValueKind);
    }

    [Fact]
    public async Task Compare_DateWithItself_ChangesNothing()
    {
        var compare = (await factory.GraphQL().DataAsync($$"""{ compare(from: { date: "2025-06-30" }, to: { date: "2025-06-30" }) { {{Figures}} } }""")).GetProperty("compare");

        Assert.Equal(0, compare.Path("tiesAdded.count").GetInt32());
        Assert.Equal(0, compare.Path("tiesEnded.count").GetInt32());
        Assert.Equal(0, compare.Path("organizations.joinedCount").GetInt32());
        Assert.All(compare.GetProperty("metrics").EnumerateArray(), m => Assert.True(m.GetProperty("change").ValueKind == JsonValueKind.Null || m.GetProperty("change").GetDouble() == 0));
        Assert.Empty(compare.Path("movers.degree").EnumerateArray());
        Assert.Empty(compare.Path("movers.betweenness").EnumerateArray());
    }

    [Fact]
    public async Task Compare_SwappedSides_NegatesEveryChange()
    {
        var client = factory.GraphQL();
        var forward = (await client.DataAsync($$"""{ compare(from: { date: "2021-03-01" }, to: { date: "2025-09-01" }) { {{Figures}} } }""")).GetProperty("compare");
        var backward = (await client.DataAsync($$"""{ compare(from: { date: "2025-09-01" }, to: { date: "2021-03-01" }) { {{Figures}} } }""")).GetProperty("compare");

        Assert.Equal(forward.Path("tiesAdded.count").GetInt32(), backward.Path("tiesEnded.count").GetInt32());
        Assert.Equal(forward.Path("tiesEnded.count").GetInt32(), backward.Path("tiesAdded.count").GetInt32());
        foreach (var (f, b) in forward.GetProperty("metrics").EnumerateArray().Zip(backward.GetProperty("metrics").EnumerateArray()))
        {
            Assert.Equal(f.GetProperty("before").GetRawText(), b.GetProperty("after").GetRawText());
            if (f.GetProperty("change").ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(f.GetProperty("change").GetDouble(), -b.GetProperty("change").GetDouble(), 12);
            }
        }

        Assert.Equal(forward.Path("backboneDependence.change").GetDouble(), -backward.Path("backboneDependence.change").GetDouble(), 12);
        Assert.Equal(forward.Path("reinforcement.index.change").GetDouble(), -backward.Path("reinforcement.index.change").GetDouble(), 12);
    }

    [Fact]
    public async Task Compare_SnapshotThenATieWritten_TheTieIsAddedSinceTheSnapshot()
    {
        var client = factory.GraphQL();
        var document = (await client.DataAsync("{ exportNetwork { document } }")).Path("exportNetwork.document");
        var tied = document.GetProperty("ties").EnumerateArray().Select(t => (t.GetProperty("from").GetString()!, t.GetProperty("to").GetString()!)).ToHashSet();
        var organizations = document.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        var (a, b) = organizations.SelectMany(x => organizations.Where(y => string.CompareOrdinal(x, y) < 0).Select(y => (x, y)))
            .First(p => !tied.Contains(p) && !tied.Contains((p.Item2, p.Item1)));
        await client.DataAsync("""mutation { createSnapshot(name: "Compare baseline") { name } }""");
        await client.DataAsync("mutation($a: ID!, $b: ID!) { addTie(input: { from: $a, to: $b, type: COLLABORATES }) { version } }", new { a, b });

        var compare = (await client.DataAsync("""{ compare(from: { snapshot: "compare BASELINE" }, to: { date: "2099-01-01" }) { from { label snapshot } tiesAdded { ties(first: 1000) { edges { node { from { id } to { id } type } } } } sentences } }"""))
            .GetProperty("compare");

        Assert.Equal("Compare baseline", compare.Path("from.snapshot").GetString());
        Assert.Contains($"{a}|{b}|COLLABORATES", compare.Path("tiesAdded.ties.edges").EnumerateArray().Select(e => Key(e.GetProperty("node"))));
        Assert.StartsWith("Since 'Compare baseline': ", compare.GetProperty("sentences")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_SnapshotAndTheStoredNetworkAsOfOneDate_ChangeNothing()
    {
        var client = factory.GraphQL();
        await client.DataAsync("""mutation { createSnapshot(name: "Same as stored") { name } }""");

        var compare = (await client.DataAsync($$"""{ compare(from: { snapshot: "Same as stored", date: "2024-12-31" }, to: { date: "2024-12-31" }) { from { snapshot date } {{Figures}} } }"""))
            .GetProperty("compare");

        Assert.Equal("2024-12-31", compare.Path("from.date").GetString());
        Assert.Equal(0, compare.Path("tiesAdded.count").GetInt32() + compare.Path("tiesEnded.count").GetInt32());
        Assert.All(compare.GetProperty("metrics").EnumerateArray(), m => Assert.Equal(m.GetProperty("before").GetRawText(), m.GetProperty("after").GetRawText()));
        Assert.Equal(compare.Path("backboneDependence.before").GetRawText(), compare.Path("backboneDependence.after").GetRawText());
    }

    [Fact]
    public async Task Compare_SnapshotAsOfEachFixtureDate_FromSideFiguresMatchNetworkX()
    {
        // A fresh service, so no other test's write is in the snapshot: the sample as stored.
        using var fresh = new ConfiguredApiFactory(new Dictionary<string, string?>());
        var client = fresh.GraphQL();
        await client.DataAsync("""mutation { createSnapshot(name: "NetworkX check") { name } }""");
        using var fixture = JsonDocument.Parse(await File.ReadAllTextAsync(
            Path.Combine(RepositoryRoot.Path, "tests", "CollectiveImpact.Graph.Analytics.Tests", "Fixtures", "sample_asof.json")));

        foreach (var date in fixture.RootElement.GetProperty("dates").EnumerateObject())
        {
            var expected = date.Value.GetProperty("ORGANIZATIONS");
            var compare = (await client.DataAsync($$"""{ compare(from: { snapshot: "NetworkX check", date: "{{date.Name}}" }, to: { date: "2099-01-01" }) { from { snapshot date } metrics { name before } } }"""))
                .GetProperty("compare");
            var before = compare.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("before"));

            Assert.Equal(date.Name, compare.Path("from.date").GetString());
            Assert.Equal(expected.GetProperty("nodes").GetInt32(), before["nodes"].GetInt32());
            Assert.Equal(expected.GetProperty("edges").GetInt32(), before["edges"].GetInt32());
            Assert.Equal(expected.GetProperty("components").GetInt32(), before["components"].GetInt32());
            Assert.Equal(expected.GetProperty("density").GetDouble(), before["density"].GetDouble(), 9);
            Assert.Equal(expected.GetProperty("transitivity").GetDouble(), before["transitivity"].GetDouble(), 9);
            Assert.Equal(expected.GetProperty("average_shortest_path").GetDouble(), before["averageShortestPath"].GetDouble(), 9);
        }
    }

    [Fact]
    public async Task Compare_SideWithNeitherDateNorSnapshot_IsInvalidArgumentNamingTheSide()
    {
        var client = factory.GraphQL();

        await client.AssertInvalidArgumentAsync("""{ compare(from: {}, to: { date: "2025-01-01" }) { sentences } }""", "from");
        await client.AssertInvalidArgumentAsync("""{ compare(from: { date: "2025-01-01" }, to: { date: "2025-01-01" }, movers: -1) { sentences } }""", "movers");
    }

    [Fact]
    public async Task Compare_UnknownSnapshot_IsNotFoundNamingIt()
    {
        var response = await factory.GraphQL().PostAsync("""{ compare(from: { snapshot: "No such baseline" }, to: { date: "2025-01-01" }) { sentences } }""");

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Contains("'No such baseline'", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_Dashboard_GetsTheCountsAndNoPerson()
    {
        const string query = """{ compare(from: { date: "2022-01-01" }, to: { date: "2026-01-01" }) { people { joinedCount joined { id } } tiesAdded { count ties(first: 1000) { totalCount edges { node { from { kind } to { kind } } } } } sentences } }""";
        var evaluator = (await factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "Compare evaluator")).DataAsync(query)).GetProperty("compare");
        var dashboard = (await factory.GraphQLAs(factory.CreateKey(Roles.Dashboard, "Compare dashboard")).DataAsync(query)).GetProperty("compare");

        var kinds = (JsonElement c) => c.Path("tiesAdded.ties.edges").EnumerateArray().SelectMany(e => new[] { e.Path("node.from.kind").GetString(), e.Path("node.to.kind").GetString() }).ToList();
        Assert.Contains("PERSON", kinds(evaluator));
        Assert.DoesNotContain("PERSON", kinds(dashboard));
        Assert.Equal(evaluator.Path("tiesAdded.count").GetInt32(), dashboard.Path("tiesAdded.count").GetInt32());
        Assert.Empty(dashboard.Path("people.joined").EnumerateArray());
        Assert.Equal(evaluator.GetProperty("sentences").GetRawText(), dashboard.GetProperty("sentences").GetRawText());
    }

    private static string Key(JsonElement tie)
    {
        var (from, to, type) = (tie.Path("from.id").GetString()!, tie.Path("to.id").GetString()!, tie.GetProperty("type").GetString()!);
        return Key(from, to, type);
    }

    /// <summary>Undirected types (COLLABORATES, COMMUNICATES) with their ends in order, as tie keys are.</summary>
    private static string Key(string from, string to, string type) =>
        type is "COLLABORATES" or "COMMUNICATES" && string.CompareOrdinal(from, to) > 0 ? $"{to}|{from}|{type}" : $"{from}|{to}|{type}";

    private static async Task<HashSet<string>> TieKeysAsync(GraphQLClient client, string asOf)
    {
        var document = (await client.DataAsync("query($d: Date!) { exportNetwork(asOf: $d) { document } }", new { d = asOf })).Path("exportNetwork.document");
        return document.GetProperty("ties").EnumerateArray()
            .Select(t => Key(t.GetProperty("from").GetString()!, t.GetProperty("to").GetString()!, ToEnum(t.GetProperty("type").GetString()!)))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The document's tie type (<c>sharesData</c> or <c>SHARES_DATA</c>) as the GraphQL enum.</summary>
    private static string ToEnum(string type) =>
        string.Concat(type.Select((c, i) => i > 0 && char.IsUpper(c) && char.IsLower(type[i - 1]) ? "_" + c : c.ToString())).ToUpperInvariant();
}
