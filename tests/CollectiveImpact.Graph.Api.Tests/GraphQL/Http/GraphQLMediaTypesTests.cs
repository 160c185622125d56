using CollectiveImpact.Graph.Api.GraphQL.Http;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Http;

/// <summary>Accept and Content-Type handling per the GraphQL-over-HTTP draft.</summary>
public sealed class GraphQLMediaTypesTests
{
    [Theory]
    [InlineData(null, GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json", GraphQLMediaTypes.Json)]
    [InlineData("application/json; charset=utf-8", GraphQLMediaTypes.Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("text/html, */*;q=0.1", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0, application/json", GraphQLMediaTypes.Json)]
    [InlineData("text/html", null)]
    [InlineData("application/json;q=0", null)]
    public void Negotiate_AcceptHeader_PicksTheBestMediaType(string? accept, string? expected)
    {
        var actual = GraphQLMediaTypes.Negotiate(accept is null ? null : [accept]);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON; charset=UTF-8", true)]
    [InlineData("application/json; charset=latin1", false)]
    [InlineData("application/graphql", false)]
    [InlineData(null, false)]
    public void IsJsonRequest_ContentType_AcceptsOnlyUtf8Json(string? contentType, bool expected)
    {
        Assert.Equal(expected, GraphQLMediaTypes.IsJsonRequest(contentType));
    }
}
