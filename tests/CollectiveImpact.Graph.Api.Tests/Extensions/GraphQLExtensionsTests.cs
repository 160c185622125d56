using System.Net;
using System.Net.Http.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Extensions;

/// <summary>
/// Introspection in the production configuration: on by default for authenticated callers (the SDL is published at
/// /schema.graphql anyway), off with Limits:Introspection=false, and never reached without credentials.
/// </summary>
public sealed class GraphQLExtensionsTests
{
    private const string SchemaQuery = "{ __schema { queryType { name } } __type(name: \"Goal\") { name } }";

    [Fact]
    public async Task Introspection_ProductionDefaults_AnswersAnAuthenticatedCaller()
    {
        using var production = new ConfiguredApiFactory(new Dictionary<string, string?>(), environment: "Production");

        var data = await production.GraphQL().DataAsync(SchemaQuery);

        Assert.Equal("Query", data.Path("__schema.queryType.name").GetString());
        Assert.Equal("Goal", data.Path("__type.name").GetString());
    }

    [Fact]
    public async Task Introspection_TurnedOff_IsIntrospectionDisabledButTypenameAnswers()
    {
        using var production = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Limits:Introspection"] = "false" }, environment: "Production");

        var refused = await production.GraphQL().PostAsync(SchemaQuery);
        var typename = await production.GraphQL().DataAsync("{ __typename }");

        Assert.Equal(["INTROSPECTION_DISABLED"], refused.ErrorCodes.Distinct());
        Assert.Equal("Query", typename.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Introspection_WithoutCredentials_Is401BeforeExecution()
    {
        using var production = new ConfiguredApiFactory(new Dictionary<string, string?>(), environment: "Production");
        using var anonymous = production.CreateAnonymousClient();

        using var response = await anonymous.PostAsJsonAsync("/graphql", new { query = SchemaQuery });
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], body.ErrorCodes);
        Assert.False(body.HasData);
    }
}
