using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Services;

/// <summary>
/// The network as of a date through the API (issue 15, item 1) on a small network imported here: five organizations
/// in a path with a chord (o1–o2–o3–o4–o5, o1–o3), a tie o2–o5 that ended yesterday, and o6, tied to o5, joining
/// tomorrow. Dates are relative to the service's clock, so the test holds on any day.
/// </summary>
/// <remarks>
/// The betweenness values were computed with NetworkX 3.6 (<c>nx.betweenness_centrality(G)</c>, normalized, unweighted)
/// on the graphs as of each date: today G = {1-2, 2-3, 3-4, 4-5, 1-3}; yesterday the same plus 2-5.
/// </remarks>
public sealed class AsOfViewsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly Dictionary<string, double> BetweennessToday = new()
    {
        ["o1"] = 0.0,
        ["o2"] = 0.0,
        ["o3"] = 0.6666666666666666,
        ["o4"] = 0.5,
        ["o5"] = 0.0,
    };

    private static readonly Dictionary<string, double> BetweennessYesterday = new()
    {
        ["o1"] = 0.0,
        ["o2"] = 0.25,
        ["o3"] = 0.25,
        ["o4"] = 0.08333333333333333,
        ["o5"] = 0.08333333333333333,
    };

    private readonly GraphQLClient client = factory.GraphQL();

    private DateOnly Today => LibraryReference.Today(factory);

    [Fact]
    public async Task Neighborhood_TieEndedYesterday_AbsentTodayAndPresentYesterday()
    {
        await ImportAsync();
        const string query = "query($d: Date) { neighborhood(id: \"o2\", depth: 1, asOf: $d) { asOf nodes { node { id } } } }";

        var today = (await client.DataAsync(query, new { d = (string?)null })).GetProperty("neighborhood");
        var yesterday = (await client.DataAsync(query, new { d = Iso(Today.AddDays(-1)) })).GetProperty("neighborhood");

        Assert.Equal(["o1", "o2", "o3"], Ids(today));
        Assert.Equal(Iso(Today), today.GetProperty("asOf").GetString());
        Assert.Equal(["o1", "o2", "o3", "o5"], Ids(yesterday));
        Assert.Equal(Iso(Today.AddDays(-1)), yesterday.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Neighborhood_OrganizationSinceTomorrow_NotFoundTodayAndThereTomorrow()
    {
        await ImportAsync();
        const string query = "query($d: Date) { neighborhood(id: \"o6\", depth: 1, asOf: $d) { nodes { node { id } } } }";

        var today = await client.PostAsync(query, new { d = Iso(Today) });
        var tomorrow = (await client.DataAsync(query, new { d = Iso(Today.AddDays(1)) })).GetProperty("neighborhood");

        Assert.Equal(["NOT_FOUND"], today.ErrorCodes);
        Assert.Equal(["o5", "o6"], Ids(tomorrow));
    }

    [Fact]
    public async Task Centrality_AsOfTodayAndYesterday_MatchesNetworkXAndSaysTheDate()
    {
        await ImportAsync();
        const string query = """
            query($d: Date) { centrality(measure: BETWEENNESS, asOf: $d) { asOf scores(first: 100) { edges { node { id score } } } } }
            """;

        var today = (await client.DataAsync(query, new { d = (string?)null })).GetProperty("centrality");
        var yesterday = (await client.DataAsync(query, new { d = Iso(Today.AddDays(-1)) })).GetProperty("centrality");

        AssertScores(BetweennessToday, today);
        AssertScores(BetweennessYesterday, yesterday);
        Assert.Equal(Iso(Today), today.GetProperty("asOf").GetString());
        Assert.Equal(Iso(Today.AddDays(-1)), yesterday.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task CacheKeys_TwoDatesCountingDifferently_TwoEntries_TwoDatesCountingAlike_OneEntry()
    {
        await ImportAsync();

        var today = Assert.Single(await CacheRecordAsync($$"""{ cutPoints(asOf: "{{Iso(Today)}}") { asOf } }"""));
        var yesterday = Assert.Single(await CacheRecordAsync($$"""{ cutPoints(asOf: "{{Iso(Today.AddDays(-1))}}") { asOf } }"""));
        var dayBefore = Assert.Single(await CacheRecordAsync($$"""{ cutPoints(asOf: "{{Iso(Today.AddDays(-2))}}") { asOf } }"""));

        // Yesterday and the day before count the same entries (the tie o2–o5 ended yesterday; nothing changed the day before).
        Assert.NotEqual(today.GetProperty("key").GetString(), yesterday.GetProperty("key").GetString());
        Assert.False(yesterday.GetProperty("hit").GetBoolean());
        Assert.Equal(yesterday.GetProperty("key").GetString(), dayBefore.GetProperty("key").GetString());
        Assert.True(dayBefore.GetProperty("hit").GetBoolean());
    }

    [Fact]
    public async Task ExportNetwork_AsOfToday_LeavesOutWhatDoesNotCount_WithoutDate_IsTheStoredDocument()
    {
        await ImportAsync();
        const string query = "query($d: Date) { exportNetwork(asOf: $d) { asOf document } }";

        var stored = (await client.DataAsync(query, new { d = (string?)null })).GetProperty("exportNetwork");
        var today = (await client.DataAsync(query, new { d = Iso(Today) })).GetProperty("exportNetwork");

        Assert.Equal(JsonValueKind.Null, stored.GetProperty("asOf").ValueKind);
        Assert.Equal(7, stored.Path("document.ties").GetArrayLength());
        Assert.Equal(6, stored.Path("document.organizations").GetArrayLength());
        Assert.Equal(Iso(Today), today.GetProperty("asOf").GetString());
        Assert.Equal(5, today.Path("document.ties").GetArrayLength());
        Assert.Equal(["o1", "o2", "o3", "o4", "o5"], today.Path("document.organizations").EnumerateArray().Select(o => o.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task TiesList_AsOfToday_LeavesOutTheEndedTie_WithoutDate_ListsEveryStoredTie()
    {
        await ImportAsync();
        const string query = "query($d: Date) { ties(node: [\"o2\"], first: 1, asOf: $d) { totalCount pageInfo { hasNextPage } edges { node { from { id } to { id } } } } }";

        var stored = (await client.DataAsync(query, new { d = (string?)null })).GetProperty("ties");
        var today = (await client.DataAsync(query, new { d = Iso(Today) })).GetProperty("ties");
        var yesterday = (await client.DataAsync(query, new { d = Iso(Today.AddDays(-1)) })).GetProperty("ties");

        Assert.Equal(3, stored.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, today.GetProperty("totalCount").GetInt32());
        Assert.True(today.Path("pageInfo.hasNextPage").GetBoolean());
        Assert.Equal("o1", today.GetProperty("edges")[0].Path("node.from.id").GetString());
        Assert.Equal(3, yesterday.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task OrganizationsAndPeopleLists_AsOfADate_OnlyThoseCountingOnIt_WithoutDate_EveryStoredOne()
    {
        var yesterday = Iso(Today.AddDays(-1));
        var tomorrow = Iso(Today.AddDays(1));
        var document = new
        {
            format = "collective-impact-network/1",
            organizations = new object[]
            {
                new { id = "o1", name = "One", sector = "HEALTH" }, new { id = "o2", name = "Two", until = yesterday },
                new { id = "o3", name = "Three", since = tomorrow, sector = "HEALTH" },
            },
            people = new object[]
            {
                new { id = "p1", name = "Ann", organization = "o1" }, new { id = "p2", name = "Bo", organization = "o2" },
                new { id = "p3", name = "Cy", organization = "o1", since = tomorrow },
            },
        };
        await client.DataAsync("mutation($d: JSON!) { importNetwork(document: $d, mode: REPLACE) { version } }", new { d = document });
        const string query = "query($d: Date) { organizations(asOf: $d, sector: [HEALTH]) { totalCount items { id } } all: organizations(asOf: $d) { items { id } } people(asOf: $d) { items { id organization { id } } } }";

        var stored = await client.DataAsync(query, new { d = (string?)null });
        var today = await client.DataAsync(query, new { d = Iso(Today) });
        var before = await client.DataAsync(query, new { d = yesterday });
        var after = await client.DataAsync(query, new { d = tomorrow });

        Assert.Equal(["o1", "o2", "o3"], Items(stored, "all"));
        Assert.Equal(["o1"], Items(today, "all"));
        Assert.Equal(["o1"], Items(today, "organizations"));
        Assert.Equal(["o1", "o2"], Items(before, "all"));
        Assert.Equal(["o1", "o3"], Items(after, "organizations"));
        Assert.Equal(["p1", "p2", "p3"], Items(stored, "people"));
        Assert.Equal(["p1", "p2"], Items(today, "people"));
        // p2's organization left yesterday: as of today p2 belongs to none (network-format.md, Time).
        Assert.Equal(JsonValueKind.Null, today.GetProperty("people").GetProperty("items")[1].GetProperty("organization").ValueKind);
        Assert.Equal("o2", before.GetProperty("people").GetProperty("items")[1].Path("organization.id").GetString());
        Assert.Equal(["p1", "p2", "p3"], Items(after, "people"));
    }

    [Fact]
    public async Task NodeAndNodes_OrganizationSinceTomorrow_NullTodayAndThereTomorrow_WithoutDate_AsStored()
    {
        await ImportAsync();

        var data = await client.DataAsync(
            "query($t: Date, $n: Date) { today: node(id: \"o6\", asOf: $t) { id } tomorrow: nodes(ids: [\"o6\", \"o1\"], asOf: $n) { id } stored: node(id: \"o6\") { id } }",
            new { t = Iso(Today), n = Iso(Today.AddDays(1)) });

        Assert.Equal(JsonValueKind.Null, data.GetProperty("today").ValueKind);
        Assert.Equal(["o6", "o1"], data.GetProperty("tomorrow").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
        Assert.Equal("o6", data.Path("stored.id").GetString());
    }

    [Fact]
    public async Task IndicatorProgressAndGaps_SayTheDateTheyReadAsOf()
    {
        await ImportAsync();

        var data = await client.DataAsync($$"""{ indicatorProgress(asOf: "2024-05-01") { asOf } gaps { asOf } }""");

        Assert.Equal("2024-05-01", data.Path("indicatorProgress.asOf").GetString());
        Assert.Equal(Iso(Today), data.Path("gaps.asOf").GetString());
    }

    [Fact]
    public async Task ViewAsync_NetworkWithoutDatesInPlay_IsTheStoredNetwork_DatesOfOnePeriod_ShareOneView()
    {
        var views = factory.Services.GetRequiredService<AsOfViews>();
        var undated = new ProjectedNetwork(new NetworkSnapshot(1_000_001, Network.Empty with { Organizations = [new Organization("o-a", "A")] }));
        var dated = new ProjectedNetwork(new NetworkSnapshot(1_000_002, Network.Empty with
        {
            Organizations = [new Organization("o-a", "A"), new Organization("o-b", "B")],
            Ties = [new Tie("o-a", "o-b", TieType.Collaborates, Until: new DateOnly(2025, 6, 30))],
        }));

        var undatedView = await views.ViewAsync(undated, new DateOnly(1999, 1, 1), "test", CancellationToken.None);
        var before = await views.ViewAsync(dated, new DateOnly(2025, 6, 30), "test", CancellationToken.None);
        var built = views.Built;
        var after = await views.ViewAsync(dated, new DateOnly(2025, 7, 1), "test", CancellationToken.None);
        var later = await views.ViewAsync(dated, new DateOnly(2031, 1, 1), "test", CancellationToken.None);

        Assert.Same(undated, undatedView);
        Assert.Same(dated, before);
        Assert.NotSame(dated, after);
        Assert.Empty(after.Network.Ties);
        Assert.Same(after, later);
        Assert.Equal(built + 1, views.Built);
    }

    private async Task ImportAsync()
    {
        var yesterday = Iso(Today.AddDays(-1));
        var tomorrow = Iso(Today.AddDays(1));
        var document = new
        {
            format = "collective-impact-network/1",
            organizations = new object[]
            {
                new { id = "o1", name = "One" }, new { id = "o2", name = "Two" }, new { id = "o3", name = "Three" },
                new { id = "o4", name = "Four" }, new { id = "o5", name = "Five" }, new { id = "o6", name = "Six", since = tomorrow },
            },
            ties = new object[]
            {
                new { from = "o1", to = "o2", type = "COLLABORATES" },
                new { from = "o2", to = "o3", type = "COLLABORATES" },
                new { from = "o3", to = "o4", type = "COLLABORATES" },
                new { from = "o4", to = "o5", type = "COLLABORATES" },
                new { from = "o1", to = "o3", type = "COLLABORATES", since = "2020-01-01" },
                new { from = "o2", to = "o5", type = "SHARES_DATA", since = "2021-01-01", until = yesterday },
                new { from = "o5", to = "o6", type = "COLLABORATES" },
            },
        };
        await client.DataAsync("mutation($d: JSON!) { importNetwork(document: $d, mode: REPLACE) { version } }", new { d = document });
    }

    private static List<string> Items(JsonElement data, string field) =>
        [.. data.GetProperty(field).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<string> Ids(JsonElement neighborhood) =>
        [.. neighborhood.GetProperty("nodes").EnumerateArray().Select(n => n.Path("node.id").GetString()!).Order(StringComparer.Ordinal)];

    private static void AssertScores(Dictionary<string, double> expected, JsonElement centrality)
    {
        var actual = centrality.Path("scores.edges").EnumerateArray()
            .ToDictionary(e => e.Path("node.id").GetString()!, e => e.Path("node.score").GetDouble());
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, p => Assert.Equal(p.Value, actual[p.Key], 12));
    }

    /// <summary>The response's <c>extensions.cache</c> for a query sent with <c>X-Cache-Stats: true</c>.</summary>
    private async Task<IReadOnlyList<JsonElement>> CacheRecordAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("X-Cache-Stats", "true");
        using var response = await client.Http.SendAsync(request);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.True(body.Errors.Count == 0, $"Unexpected errors: {body.Body}");
        return [.. body.Body.GetProperty("extensions").GetProperty("cache").EnumerateArray()];
    }
}
