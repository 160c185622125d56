using System.Net;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Auth;

/// <summary>
/// Share links through the API: a backbone makes one for a view; its secret reads at the level chosen (a dashboard
/// link sees no people), listed with its expiry and view, audited, and refused once revoked; other roles may not make
/// one, and the arguments are checked.
/// </summary>
public sealed class ShareLinkTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Create = """
        mutation($role: Role!, $label: String!, $organization: ID, $days: Int!, $view: String) {
          createShareLink(role: $role, label: $label, organization: $organization, expiresInDays: $days, view: $view) {
            path link { id name role organization expiresAt view shareLink } } }
        """;

    [Fact]
    public async Task DashboardLink_ReadsAtTheDashboardLevelUntilRevoked()
    {
        var data = await factory.GraphQL().DataAsync(Create, new { role = "DASHBOARD", label = "Partners' meeting", days = 30, view = "?asOf=2025-06-30" });
        var created = data.GetProperty("createShareLink");
        var path = created.GetProperty("path").GetString()!;
        var secret = path[(path.IndexOf("#share=", StringComparison.Ordinal) + 7)..];
        var id = created.GetProperty("link").GetProperty("id").GetString()!;
        var viewer = factory.GraphQLAs(secret);

        var organizations = await viewer.DataAsync("{ organizations { totalCount } }");
        var people = await viewer.PostAsync("{ people { totalCount } }");
        var listed = (await factory.GraphQL().DataAsync("{ shareLinks { id expiresAt view shareLink } }")).GetProperty("shareLinks").EnumerateArray().Single(l => l.GetProperty("id").GetString() == id);
        var audit = await factory.GraphQL().DataAsync("{ auditLog(first: 5) { edges { node { operation outcome } } } }");
        await factory.GraphQL().DataAsync("mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }", new { id });
        using var afterRevoke = await viewer.Http.PostAsync("/graphql", JsonContent("{ organizations { totalCount } }"));

        Assert.StartsWith("/?asOf=2025-06-30#share=cig_", path, StringComparison.Ordinal);
        Assert.Equal(("DASHBOARD", "?asOf=2025-06-30", true), (created.GetProperty("link").GetProperty("role").GetString(), created.GetProperty("link").GetProperty("view").GetString(), created.GetProperty("link").GetProperty("shareLink").GetBoolean()));
        var expires = created.GetProperty("link").GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddDays(29.9), DateTimeOffset.UtcNow.AddDays(30.1));
        Assert.True(organizations.GetProperty("organizations").GetProperty("totalCount").GetInt32() > 0);
        Assert.Contains("FORBIDDEN", people.ErrorCodes);
        Assert.Equal(expires, listed.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Contains(audit.GetProperty("auditLog").GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("operation").GetString() == "createShareLink");
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
    }

    [Theory]
    [InlineData("EVALUATOR", null, 30, "dashboard or partner level")]
    [InlineData("PARTNER", null, 30, "needs the id of the partner's organization")]
    [InlineData("DASHBOARD", null, 0, "expiresInDays: 0 is not between 1 and 365.")]
    [InlineData("DASHBOARD", null, 366, "expiresInDays: 366 is not between 1 and 365.")]
    public async Task Create_WithBadArguments_IsRefusedSayingWhy(string role, string? organization, int days, string expected)
    {
        var response = await factory.GraphQL().PostAsync(Create, new { role, label = "x", organization, days, view = (string?)null });

        Assert.Contains("INVALID_ARGUMENT", response.ErrorCodes);
        Assert.Contains(response.Errors, e => e.GetProperty("message").GetString()!.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_AsAnotherRole_IsForbidden()
    {
        var evaluator = factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "Evaluation team"));

        var response = await evaluator.PostAsync(Create, new { role = "DASHBOARD", label = "x", organization = (string?)null, days = 30, view = (string?)null });

        Assert.Contains("FORBIDDEN", response.ErrorCodes);
    }

    private static StringContent JsonContent(string query) =>
        new(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
}
