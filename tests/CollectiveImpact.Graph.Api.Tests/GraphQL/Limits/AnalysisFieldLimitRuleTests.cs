using System.Net;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Limits;

/// <summary>Scheduler:MaxAnalysesPerRequest (default 5) counts the analyses an operation would run, before it runs.</summary>
public sealed class AnalysisFieldLimitRuleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Post_SixAliasedAnalyses_IsRefusedBeforeExecutionAsTooManyAnalyses()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(1, 6).Select(i => $"w{i}: whatIf(top: 1, seed: {i}) {{ networkVersion }}")) + " }";

        var response = await client.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(["TOO_MANY_ANALYSES"], response.ErrorCodes);
        Assert.Contains("6 analyses", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Scheduler:MaxAnalysesPerRequest", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AnalysesHiddenInFragmentsAndInlineFragments_AreCountedToo()
    {
        const string query = """
            { ...A ... on Query { c: cutPoints { networkVersion } d: gaps { networkVersion } } ...A }
            fragment A on Query { a: communities(seed: 1) { networkVersion } b: communities(seed: 2) { networkVersion } ...B }
            fragment B on Query { e: reinforcement { networkVersion } f: overlaps { networkVersion } }
            """;

        var response = await client.PostAsync(query);

        Assert.Equal(["TOO_MANY_ANALYSES"], response.ErrorCodes);
        Assert.Contains("6 analyses", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FiveAnalysesAndOtherFields_AreAnswered()
    {
        const string query = """
            { networkVersion organizations(first: 1) { totalCount }
              cutPoints { networkVersion } gaps { networkVersion } reinforcement { networkVersion }
              indicatorProgress { networkVersion } structuralHoles(top: 1) { networkVersion } }
            """;

        var data = await client.DataAsync(query);

        Assert.Equal(data.GetProperty("networkVersion").GetInt64(), data.Path("gaps.networkVersion").GetInt64());
        Assert.Equal(data.GetProperty("networkVersion").GetInt64(), data.Path("structuralHoles.networkVersion").GetInt64());
    }
}
