using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests to <c>/graphql</c> the way a client would, and reads the JSON response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? operationName = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables, operationName });
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>The <c>data</c> of a request that must succeed: fails the test with the errors otherwise.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors.Count == 0, $"Unexpected errors: {response.Body}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Data;
    }

    /// <summary>Asserts that a request fails with INVALID_ARGUMENT alone, its message starting with the argument's name.</summary>
    public async Task AssertInvalidArgumentAsync(string query, string argument)
    {
        var response = await PostAsync(query);
        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.StartsWith(argument, response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
