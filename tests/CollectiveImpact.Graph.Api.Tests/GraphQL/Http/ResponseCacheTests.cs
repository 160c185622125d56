using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Http;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Http;

/// <summary>
/// Whole analysis-only responses answered from the bytes kept (<see cref="ResponseCache"/>): byte-identical to a fresh
/// serialization, never across roles, never after a write, never when the request carries variables or asks for the
/// cache record. The expected bodies are the service's own freshly serialized answers to the same request.
/// </summary>
public sealed class ResponseCacheTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Metrics = "{ networkMetrics(projection: ORGANIZATIONS) { networkVersion nodes edges density components } }";

    [Fact]
    public async Task Post_AnalysisQueryRepeated_ThirdIsServedFromBytesIdenticalToAFreshSerialization()
    {
        var client = factory.CreateClient();
        var first = await PostAsync(client, Metrics);
        var second = await PostAsync(client, Metrics);
        var servedBefore = Cache.Served;

        var third = await PostAsync(client, Metrics);

        Assert.Equal(servedBefore + 1, Cache.Served);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", third.ContentType);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Body, third.Body);
        using var json = JsonDocument.Parse(third.Body);
        Assert.True(json.RootElement.GetProperty("data").GetProperty("networkMetrics").GetProperty("nodes").GetInt32() > 0);
    }

    [Fact]
    public async Task Post_AfterAWrite_KeptResponseIsNotServedAndTheNewVersionIs()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await PostAsync(client, Metrics);
        }

        var before = VersionIn(await PostAsync(client, Metrics));
        var servedBefore = Cache.Served;
        // A write the metrics read, so the recomputed result carries the new version (results are keyed by what they read).
        await factory.GraphQL().DataAsync("mutation { createOrganization(input: { id: \"o-response-cache\", name: \"Kept responses go stale\", sector: OTHER }) { version } }");

        var after = await PostAsync(client, Metrics);

        Assert.Equal(servedBefore, Cache.Served);
        Assert.True(VersionIn(after) > before, $"version {VersionIn(after)} after the write, {before} before");
    }

    [Fact]
    public async Task Post_OtherRole_IsNotServedTheBackbonesBytes()
    {
        const string query = "{ networkMetrics(projection: ORGANIZATIONS) { nodes edges } }";
        var backbone = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await PostAsync(backbone, query);
        }

        var dashboard = factory.CreateAnonymousClient();
        dashboard.DefaultRequestHeaders.Add("X-Api-Key", factory.CreateKey(Roles.Dashboard, "response-cache dashboard"));
        var servedBefore = Cache.Served;

        var answer = await PostAsync(dashboard, query);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(servedBefore, Cache.Served);
    }

    [Fact]
    public async Task Post_CacheStatsAsked_AlwaysExecutesAndReportsTheLookup()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await PostAsync(client, Metrics);
        }

        var servedBefore = Cache.Served;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Metrics }) };
        request.Headers.Add("X-Cache-Stats", "true");
        using var response = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(servedBefore, Cache.Served);
        var lookup = Assert.Single(json.RootElement.GetProperty("extensions").GetProperty("cache").EnumerateArray());
        Assert.True(lookup.GetProperty("hit").GetBoolean());
    }

    [Fact]
    public async Task Post_WithVariables_IsNeverKept()
    {
        const string query = "query($p: Projection!) { networkMetrics(projection: $p) { nodes } }";
        var client = factory.GraphQL();
        var servedBefore = Cache.Served;

        for (var i = 0; i < 4; i++)
        {
            Assert.Empty((await client.PostAsync(query, new { p = "ORGANIZATIONS" })).Errors);
        }

        Assert.Equal(servedBefore, Cache.Served);
    }

    [Fact]
    public async Task Post_NotOnlyAnalyses_IsNeverKept()
    {
        const string query = "{ networkVersion networkMetrics(projection: ORGANIZATIONS) { nodes } }";
        var client = factory.CreateClient();
        var servedBefore = Cache.Served;

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, query)).Status);
        }

        Assert.Equal(servedBefore, Cache.Served);
    }

    private ResponseCache Cache => factory.Services.GetRequiredService<ResponseCache>();

    private static long VersionIn(Answer answer)
    {
        using var json = JsonDocument.Parse(answer.Body);
        return json.RootElement.GetProperty("data").GetProperty("networkMetrics").GetProperty("networkVersion").GetInt64();
    }

    private static async Task<Answer> PostAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync());
    }

    private sealed record Answer(HttpStatusCode Status, string? ContentType, byte[] Body);
}
