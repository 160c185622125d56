using System.Net;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Authorization;

/// <summary>
/// What the roles see at run time, on the sample initiative (samples/riverbend-thrives.network.json: p-0001 belongs
/// to o-backbone, which has 10 people; o-riverbend-health has 10 others): people reached behind an interface,
/// a partner's own organization, a neighbourhood without people.
/// </summary>
public sealed class FieldAccessMiddlewareTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string BackbonePerson = "p-0001";

    [Fact]
    public async Task Dashboard_PersonBehindTheNodeInterface_IsForbiddenNamingTheField()
    {
        var client = factory.GraphQLAs(factory.CreateKey(Roles.Dashboard, "Dashboard"));

        var response = await client.PostAsync("query($id: ID!) { node(id: $id) { id name } }", new { id = BackbonePerson });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("FORBIDDEN", response.ErrorCodes);
        Assert.Contains(response.Errors, e => e.GetProperty("message").GetString()!.Contains("Person.id", StringComparison.Ordinal));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("node").ValueKind);
        Assert.DoesNotContain("Ravi", response.Body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Neighborhood_LeavesPeopleAndTheirEdgesOut()
    {
        const string query = """
            { neighborhood(id: "o-backbone", depth: 1) { nodes { node { id kind } } edges { source target } } }
            """;
        var full = await factory.GraphQL().DataAsync(query);
        var filtered = await factory.GraphQLAs(factory.CreateKey(Roles.Dashboard, "Dashboard")).DataAsync(query);

        var fullKinds = full.Path("neighborhood.nodes").EnumerateArray().Select(n => n.Path("node.kind").GetString()).ToList();
        var shown = filtered.Path("neighborhood.nodes").EnumerateArray().Select(n => n.Path("node.id").GetString()!).ToHashSet();
        Assert.Contains("PERSON", fullKinds);
        Assert.DoesNotContain("PERSON", filtered.Path("neighborhood.nodes").EnumerateArray().Select(n => n.Path("node.kind").GetString()));
        Assert.Equal(fullKinds.Count(k => k != "PERSON"), shown.Count);
        Assert.All(filtered.Path("neighborhood.edges").EnumerateArray(), e =>
        {
            Assert.Contains(e.GetProperty("source").GetString()!, shown);
            Assert.Contains(e.GetProperty("target").GetString()!, shown);
        });
    }

    [Fact]
    public async Task Partner_People_AreOnlyItsOwnOrganizations()
    {
        var client = factory.GraphQLAs(factory.CreateKey(Roles.Partner, "Backbone staff", "o-backbone"));

        var data = await client.DataAsync("{ people(first: 100) { totalCount edges { node { id organization { id } } } } }");

        Assert.Equal(10, data.Path("people.totalCount").GetInt32());
        Assert.All(data.Path("people.edges").EnumerateArray(), e => Assert.Equal("o-backbone", e.Path("node.organization.id").GetString()));
    }

    [Fact]
    public async Task Partner_AskingForAnotherOrganizationsPeople_GetsNone()
    {
        var client = factory.GraphQLAs(factory.CreateKey(Roles.Partner, "Backbone staff", "o-backbone"));

        var data = await client.DataAsync("""
            { people(organization: ["o-riverbend-health"]) { totalCount }
              node(id: "o-riverbend-health") { ... on Organization { people { totalCount } } } }
            """);

        Assert.Equal(0, data.Path("people.totalCount").GetInt32());
        Assert.Equal(0, data.Path("node.people.totalCount").GetInt32());
    }

    [Fact]
    public async Task Partner_PersonOfAnotherOrganization_IsForbidden()
    {
        var other = SampleDocument.People.First(p => p.Text("organization") == "o-riverbend-health").Text("id");
        var client = factory.GraphQLAs(factory.CreateKey(Roles.Partner, "Backbone staff", "o-backbone"));

        var own = await client.DataAsync("query($id: ID!) { node(id: $id) { name } }", new { id = BackbonePerson });
        var response = await client.PostAsync("query($id: ID!) { node(id: $id) { name } }", new { id = other });

        Assert.Equal("Ravi Nguyen", own.Path("node.name").GetString());
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Contains("not of your organization", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.Partner)]
    public async Task ContactData_ThroughAFragment_IsRefusedBeforeExecution(string role)
    {
        var client = factory.GraphQLAs(factory.CreateKey(role, role, "o-backbone"));

        var response = await client.PostAsync("""
            query($id: ID!) { node(id: $id) { ...contact } }
            fragment contact on Person { name email }
            """, new { id = BackbonePerson });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Contains("Person.email", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluator_PeopleWithoutContactData_AreAllVisible()
    {
        var client = factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "Evaluation team"));

        var data = await client.DataAsync("{ people { totalCount } }");

        Assert.Equal(SampleDocument.People.Count, data.Path("people.totalCount").GetInt32());
    }
}
