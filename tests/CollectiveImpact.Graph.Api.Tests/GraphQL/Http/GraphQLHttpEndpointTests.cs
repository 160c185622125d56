using System.Net;
using System.Text;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Http;

/// <summary>
/// The transport against the GraphQL-over-HTTP draft (graphql.github.io/graphql-over-http/draft): media types,
/// status codes, GET and POST, and the error codes of requests that fail before execution.
/// </summary>
public sealed class GraphQLHttpEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    [Fact]
    public async Task Post_ValidQuery_Returns200GraphQLResponseJsonWithData()
    {
        var response = await SendAsync(HttpMethod.Post, """{"query":"{ networkVersion }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.True(response.Data.GetProperty("networkVersion").GetInt64() >= 1);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task Post_ResponseContentType_DeclaresUtf8()
    {
        using var request = Request(HttpMethod.Post, """{"query":"{ networkVersion }"}""");
        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("*/*", GraphQLResponseJson)]
    [InlineData("application/*", GraphQLResponseJson)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.2, application/json", "application/json")]
    public async Task Post_Accept_NegotiatesResponseMediaType(string accept, string expected)
    {
        var response = await SendAsync(HttpMethod.Post, """{"query":"{ networkVersion }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_UnacceptableAccept_Returns406(string accept)
    {
        var response = await SendAsync(HttpMethod.Post, """{"query":"{ networkVersion }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(["NOT_ACCEPTABLE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_UnsupportedContentType_Returns415(string contentType)
    {
        var response = await SendAsync(HttpMethod.Post, """{"query":"{ networkVersion }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("""{"query":""")]
    [InlineData("not json")]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"query":"{ networkVersion }","variables":"not an object"}""")]
    public async Task Post_MalformedBody_Returns400WithBadRequest(string body)
    {
        var response = await SendAsync(HttpMethod.Post, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"query":""}""")]
    [InlineData("""{"operationName":"x"}""")]
    public async Task Post_NoQuery_Returns400WithBadRequest(string body)
    {
        var response = await SendAsync(HttpMethod.Post, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_SyntaxError_Returns400WithParseFailedAndNoData()
    {
        var response = await SendAsync(HttpMethod.Post, """{"query":"{ networkVersion "}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], response.ErrorCodes);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Post_UnknownField_Returns400WithValidationFailedAndNoData()
    {
        var response = await SendAsync(HttpMethod.Post, """{"query":"{ noSuchField }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], response.ErrorCodes);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Post_VariableOfWrongType_Returns400WithValidationFailed()
    {
        var response = await SendAsync(HttpMethod.Post,
            """{"query":"query($id: ID!) { node(id: $id) { id } }","variables":{"id":{"not":"an id"}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_UnknownOperationName_Returns400WithValidationFailed()
    {
        var response = await SendAsync(HttpMethod.Post, """{"query":"query A { networkVersion }","operationName":"B"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Post_OperationName_SelectsThatOperation()
    {
        var response = await SendAsync(HttpMethod.Post,
            """{"query":"query A { networkVersion } query B { initiative { id } }","operationName":"B"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(SampleDocument.Initiative.Text("id"), response.Data.Path("initiative.id").GetString());
        Assert.False(response.Data.TryGetProperty("networkVersion", out _));
    }

    [Fact]
    public async Task Post_ValidationErrorAskedAsApplicationJson_Returns200AsTheSpecRequiresForLegacyClients()
    {
        var response = await SendAsync(HttpMethod.Post, """{"query":"{ noSuchField }"}""", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], response.ErrorCodes);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Post_ErrorDuringExecution_Returns200WithDataAndTheError()
    {
        var response = await SendAsync(HttpMethod.Post, """{"query":"{ networkVersion goals(first: 1001) { totalCount } }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.True(response.Data.GetProperty("networkVersion").GetInt64() >= 1);
    }

    [Fact]
    public async Task Get_Query_Returns200WithData()
    {
        var response = await SendAsync(HttpMethod.Get, query: "query($id: ID!) { node(id: $id) { id kind } }",
            variables: $$"""{"id":"{{SampleDocument.Initiative.Text("id")}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("INITIATIVE", response.Data.Path("node.kind").GetString());
    }

    [Fact]
    public async Task Get_Mutation_Returns405WithAllowPostAndWritesNothing()
    {
        var client = factory.GraphQL();
        var before = (await client.DataAsync("{ networkVersion }")).GetProperty("networkVersion").GetInt64();

        using var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("""mutation { createGoal(input: {id: "g-over-get", name: "Nope"}) { version } }""")));
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(["METHOD_NOT_ALLOWED"], body.ErrorCodes);
        Assert.Equal(before, (await client.DataAsync("{ networkVersion }")).GetProperty("networkVersion").GetInt64());
    }

    [Fact]
    public async Task Get_MalformedVariables_Returns400WithBadRequest()
    {
        var response = await SendAsync(HttpMethod.Get, query: "{ networkVersion }", variables: "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_NoQuery_Returns400WithBadRequest()
    {
        var response = await SendAsync(HttpMethod.Get);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Put_Returns405FromRouting()
    {
        using var response = await factory.CreateClient().PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<GraphQLResponse> SendAsync(
        HttpMethod method, string? body = null, string? query = null, string? variables = null,
        string accept = GraphQLResponseJson, string contentType = "application/json")
    {
        using var request = method == HttpMethod.Get
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql?" + string.Join('&', new[] { ("query", query), ("variables", variables) }
                .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}")))
            : Request(method, body!, contentType);
        request.Headers.Accept.Clear();
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await factory.CreateClient().SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    private static HttpRequestMessage Request(HttpMethod method, string body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(method, "/graphql") { Content = content };
    }
}
