using System.Globalization;
using System.Net;
using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Tests.Exports;

/// <summary>
/// <c>/export/{finding}.csv|xlsx</c> on the sample. Each table is checked against the GraphQL field it mirrors (same
/// defaults, same order, same sentences), the centrality table against the analytics library, and each workbook
/// against its CSV, read back cell by cell with the Open XML SDK after its schema validation; the CSV is read by the small RFC 4180 reader below,
/// not by the writer's code.
/// </summary>
public sealed class FindingsEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Export_GapsCsv_ListsTheGapsFieldsFindingsInItsOrder()
    {
        var rows = await CsvAsync("/export/gaps.csv");
        var expected = (await factory.GraphQL().DataAsync("{ gaps { findings(first: 1000) { items { kind nodeIds message } } } }"))
            .GetProperty("gaps").GetProperty("findings").GetProperty("items").EnumerateArray()
            .Select(f => new[] { f.GetProperty("kind").GetString()!, string.Join("; ", f.GetProperty("nodeIds").EnumerateArray().Select(i => i.GetString())), f.GetProperty("message").GetString()! })
            .ToList();

        Assert.Equal(["Kind", "Ids", "Names", "Finding"], rows[0]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Skip(1).Select(r => new[] { r[0], r[1], r[3] }));
    }

    [Fact]
    public async Task Export_OverlapsCsv_ListsTheOverlapsFieldsPairsInItsOrder()
    {
        var rows = await CsvAsync("/export/overlaps.csv");
        var expected = Messages(await factory.GraphQL().DataAsync("{ overlaps { pairs(first: 1000) { items { message } } } }"), "overlaps", "pairs");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Skip(1).Select(r => r[^1]));
    }

    [Fact]
    public async Task Export_ReinforcementCsv_ListsEveryGoalsUnreinforcedPairsInOrder()
    {
        var rows = await CsvAsync("/export/reinforcement.csv");
        var goals = (await factory.GraphQL().DataAsync("{ reinforcement { goals { goalId unreinforcedPairs(first: 1000) { items { message } } } } }"))
            .GetProperty("reinforcement").GetProperty("goals").EnumerateArray().ToList();
        var expected = goals.SelectMany(g => g.GetProperty("unreinforcedPairs").GetProperty("items").EnumerateArray()
            .Select(p => (g.GetProperty("goalId").GetString(), p.GetProperty("message").GetString()))).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Skip(1).Select(r => ((string?)r[0], (string?)r[^1])));
    }

    [Fact]
    public async Task Export_BrokerageCsvTopFive_ListsTheBrokerageFieldsRecommendations()
    {
        var rows = await CsvAsync("/export/brokerage.csv?top=5");
        var expected = (await factory.GraphQL().DataAsync("{ brokerage(top: 5) { recommendations(first: 1000) { items { rank organizationIds score message } } } }"))
            .GetProperty("brokerage").GetProperty("recommendations").GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(5, expected.Count);
        Assert.Equal(expected.Count, rows.Count - 1);
        for (var i = 0; i < expected.Count; i++)
        {
            var ids = expected[i].GetProperty("organizationIds").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Equal(expected[i].GetProperty("rank").GetInt32().ToString(CultureInfo.InvariantCulture), rows[i + 1][0]);
            Assert.Equal(ids, [rows[i + 1][1], rows[i + 1][3]]);
            Assert.Equal(expected[i].GetProperty("score").GetDouble(), double.Parse(rows[i + 1][5], CultureInfo.InvariantCulture), 12);
            Assert.Equal(expected[i].GetProperty("message").GetString(), rows[i + 1][^1]);
        }
    }

    [Fact]
    public async Task Export_CentralityCsvOfFullAsDashboard_RanksEveryNodeAndNamesNoPerson()
    {
        var dashboard = factory.CreateKey(Roles.Dashboard, "Findings dashboard");

        var rows = await CsvAsync("/export/centrality.csv?projection=FULL&measure=PAGE_RANK", dashboard);
        var projection = (await LibraryReference.ProjectionsAsync(factory)).Full;
        var scores = CentralityCalculator.Compute(projection.Graph, CentralityMeasure.PageRank, CentralityOptions.Default);

        Assert.Equal(["Rank", "Id", "Name", "Kind", "PAGE_RANK"], rows[0]);
        Assert.Equal(projection.Graph.NodeCount, rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            var index = projection.Graph.IndexOf(row[1]);
            Assert.Equal(scores.Values[index], double.Parse(row[4], CultureInfo.InvariantCulture), 12);
            Assert.Equal(projection.NodeKinds[index].ToString().ToUpperInvariant(), row[3]);
            Assert.Equal(projection.NodeKinds[index] == NodeKind.Person ? string.Empty : projection.NodeNames[index], row[2]);
        }

        // The library's ranking, ties sharing a rank (1, 2, 2, 4), in its order.
        Assert.Equal(scores.Ranked().Select(r => (r.Rank.ToString(CultureInfo.InvariantCulture), r.Id)), rows.Skip(1).Select(r => (r[0], r[1])));
    }

    [Theory]
    [InlineData("gaps")]
    [InlineData("overlaps")]
    [InlineData("reinforcement")]
    [InlineData("brokerage")]
    [InlineData("centrality")]
    public async Task Export_Xlsx_HoldsTheSameTableAsTheCsv(string finding)
    {
        var csv = await CsvAsync($"/export/{finding}.csv");
        using var response = await factory.CreateClient().GetAsync($"/export/{finding}.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var sheets = WorkbookReader.Read(await response.Content.ReadAsByteArrayAsync());

        var (name, cells) = Assert.Single(sheets);
        Assert.Equal(char.ToUpperInvariant(finding[0]) + finding[1..], name);
        Assert.Equal(csv.Count, cells.Count);
        for (var r = 0; r < csv.Count; r++)
        {
            for (var c = 0; c < csv[r].Length; c++)
            {
                var (text, number, _, _) = cells[r][c];
                if (number is { } value)
                {
                    Assert.Equal(double.Parse(csv[r][c], CultureInfo.InvariantCulture), value, 12);
                }
                else
                {
                    Assert.Equal(csv[r][c], text);
                }
            }
        }
    }

    [Theory]
    [InlineData("/export/summary.csv", HttpStatusCode.NotFound, "There is no export 'summary.csv'. Findings: gaps, overlaps, reinforcement, brokerage, centrality, each as .csv or .xlsx")]
    [InlineData("/export/gaps.pdf", HttpStatusCode.NotFound, "There is no export 'gaps.pdf'.")]
    [InlineData("/export/gaps.csv?top=3", HttpStatusCode.BadRequest, "'top' is not a parameter of this export; it takes asOf.")]
    [InlineData("/export/brokerage.csv?top=5000", HttpStatusCode.BadRequest, "top: '5000' is not a whole number from 0 to 1000.")]
    [InlineData("/export/centrality.csv?measure=CLOUT", HttpStatusCode.BadRequest, "measure: 'CLOUT' is not a centrality measure; offered are DEGREE, WEIGHTED_DEGREE, PAGE_RANK, EIGENVECTOR.")]
    [InlineData("/export/centrality.csv?measure=BETWEENNESS", HttpStatusCode.BadRequest, "measure: BETWEENNESS is not offered in exported files")]
    [InlineData("/export/overlaps.xlsx?asOf=yesterday", HttpStatusCode.BadRequest, "asOf: 'yesterday' is not a calendar date written YYYY-MM-DD.")]
    public async Task Export_BadRequest_IsRefusedSayingWhat(string path, HttpStatusCode status, string expected)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(expected, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithoutCredentials_IsUnauthorized()
    {
        using var response = await factory.CreateAnonymousClient().GetAsync("/export/gaps.csv");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static List<string> Messages(JsonElement data, string field, string connection) =>
        [.. data.GetProperty(field).GetProperty(connection).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("message").GetString()!)];

    private async Task<List<string[]>> CsvAsync(string path, string? key = null)
    {
        var client = key is null ? factory.CreateClient() : factory.CreateAnonymousClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return CsvReader.Read(await response.Content.ReadAsStringAsync());
    }

}
