using System.Net.Http.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Http;

/// <summary>
/// What the endpoint logs about a request that failed unexpectedly: a bounded excerpt, never the whole query, its
/// variables or the caller's key (issue 12: the whole query text of a failing request went into the log).
/// </summary>
public sealed class GraphQLHttpEndpointLoggingTests(ProductionApiFactory factory) : IClassFixture<ProductionApiFactory>, IDisposable
{
    private const string Marker = "zq7MARKERzq7";

    [Fact]
    public async Task UnexpectedFailure_HugeQueryWithVariablesAndKey_LogsAnExcerptOnly()
    {
        factory.Store.FailListGoals = new InvalidOperationException("store failed");
        var literal = string.Concat(Enumerable.Repeat(Marker, 20_000));
        var query = $"query Hostile($secret: ID!) {{ goals {{ totalCount }} byLiteral: node(id: \"{literal}\") {{ id }} byVariable: node(id: $secret) {{ id }} }}";
        var variableValue = "variable-" + Marker + "-value";

        using var response = await factory.CreateClient().PostAsJsonAsync("/graphql", new { query, operationName = "Hostile", variables = new { secret = variableValue } });
        var parsed = await GraphQLResponse.ReadAsync(response);

        Assert.Contains("INTERNAL", parsed.ErrorCodes);
        var lines = factory.Logs.Entries.Select(e => $"{e.Message} {e.Exception}").ToList();
        Assert.Contains(lines, line => line.Contains("Unhandled exception resolving goals", StringComparison.Ordinal) && line.Contains("operation Hostile", StringComparison.Ordinal));
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain(Marker, line, StringComparison.Ordinal);
            Assert.DoesNotContain(factory.BackboneKey, line, StringComparison.Ordinal);
            Assert.True(line.Length < 20_000, $"a log line of {line.Length} characters");
        });
    }

    [Fact]
    public async Task NestingBeyondTheParser_IsParseFailedAndNotLogged()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("organizations { edges { node { ", 100)) + "name" + new string('}', 300) + " }";
        var errorsBefore = factory.Logs.Entries.Count(e => e.Level >= LogLevel.Error);

        using var response = await factory.CreateClient().PostAsJsonAsync("/graphql", new { query });
        var parsed = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(["GRAPHQL_PARSE_FAILED"], parsed.ErrorCodes);
        Assert.Equal(errorsBefore, factory.Logs.Entries.Count(e => e.Level >= LogLevel.Error));
    }

    public void Dispose() => factory.Store.Reset();
}
