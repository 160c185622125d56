using System.Net;
using System.Text;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// A refused import lists at most Import:MaxProblems problems (default 100) and says how many there were in all:
/// the answer stays small however broken the document is, and the total is exact.
/// </summary>
public sealed class ImportProblemCapTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Import = "mutation($d: JSON!) { importNetwork(document: $d, mode: MERGE) { version } }";

    [Fact]
    public async Task Import_300000Problems_ListsTheFirst100AndCountsThemAllInASmallAnswer()
    {
        // 150,000 ties between ids that exist nowhere: two unknown references each, nothing else wrong.
        const int ties = 150_000;
        var body = new StringBuilder("""{"query":"mutation($d: JSON!) { importNetwork(document: $d, mode: MERGE) { version } }","variables":{"d":{"format":"collective-impact-network/1","ties":[""");
        for (var i = 0; i < ties; i++)
        {
            body.Append(i == 0 ? "" : ",").Append("{\"from\":\"x-").Append(i).Append("\",\"to\":\"y-").Append(i).Append("\",\"type\":\"COLLABORATES\"}");
        }

        body.Append("]}}}");
        var version = await VersionAsync();

        using var content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        using var response = await factory.GraphQL().Http.PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_INPUT", error.Path("extensions.code").GetString());
        Assert.Equal(2 * ties, error.Path("extensions.problemCount").GetInt32());
        Assert.Equal(2 * ties - 100, error.Path("extensions.problemsOmitted").GetInt32());
        Assert.Equal(100, error.Path("extensions.problems").GetArrayLength());
        Assert.Equal("$.ties[0].from", error.Path("extensions.problems.0.path").GetString());
        Assert.Contains("300000 problems", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(text.Length < 64 * 1024, $"The answer has {text.Length} characters.");
        Assert.Equal(version, await VersionAsync());
    }

    [Fact]
    public async Task Import_FewerProblemsThanTheCap_ListsThemAllWithNothingOmitted()
    {
        var document = new { format = "collective-impact-network/1", ties = new[] { new { from = "x", to = "y", type = "COLLABORATES" } } };

        var response = await factory.GraphQL().PostAsync(Import, new { d = document });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
        Assert.Equal(2, response.Errors[0].Path("extensions.problems").GetArrayLength());
        Assert.Equal(2, response.Errors[0].Path("extensions.problemCount").GetInt32());
        Assert.Equal(0, response.Errors[0].Path("extensions.problemsOmitted").GetInt32());
    }

    [Fact]
    public async Task Import_MaxProblemsConfigured_ListsThatMany()
    {
        using var host = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Import:MaxProblems"] = "3" });
        var document = new
        {
            format = "collective-impact-network/1",
            ties = Enumerable.Range(0, 5).Select(i => new { from = $"x-{i}", to = $"y-{i}", type = "COLLABORATES" }).ToArray(),
        };

        var response = await host.GraphQL().PostAsync(Import, new { d = document });

        Assert.Equal(3, response.Errors[0].Path("extensions.problems").GetArrayLength());
        Assert.Equal(10, response.Errors[0].Path("extensions.problemCount").GetInt32());
        Assert.Equal(7, response.Errors[0].Path("extensions.problemsOmitted").GetInt32());
        Assert.Contains("the first 3 are listed", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<long> VersionAsync() =>
        (await factory.GraphQL().DataAsync("{ exportNetwork { version } }")).Path("exportNetwork.version").GetInt64();
}
