using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CollectiveImpact.Graph.Api.Tests.Extensions;

/// <summary>
/// Authentication end to end: API keys in either header, revocation, keys made by mutation, JWT bearer tokens signed
/// with a test key, more than one credential in a request, and no-auth development mode. The first-start key:
/// AdminKeyBootstrapperTests.
/// </summary>
public sealed class AccessExtensionsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string SigningKey = "a-test-signing-key-of-at-least-32-bytes!";
    private const string Issuer = "https://idp.test";
    private const string Audience = "collective-impact-graph";

    [Fact]
    public async Task Post_NoCredentials_Is401WithUnauthenticatedAndAChallenge()
    {
        using var client = factory.CreateAnonymousClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ networkVersion }" });
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(["UNAUTHENTICATED"], body.ErrorCodes);
        Assert.False(body.HasData);
    }

    [Fact]
    public async Task Post_UnknownKey_Is401SayingTheKeyIsNotValid()
    {
        var response = await factory.GraphQLAs(ApiKeyStore.SecretPrefix + "made-up").PostAsync("{ networkVersion }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Contains("not valid or has been revoked", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_KeyAsBearerOrHeader_BothAuthenticate()
    {
        var key = factory.CreateKey(Roles.Dashboard, "Wall screen");
        using var bearer = factory.CreateAnonymousClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var viaBearer = await new GraphQLClient(bearer).DataAsync("{ networkVersion }");
        var viaHeader = await factory.GraphQLAs(key).DataAsync("{ networkVersion }");

        Assert.Equal(viaHeader.GetProperty("networkVersion").GetInt64(), viaBearer.GetProperty("networkVersion").GetInt64());
    }

    [Fact]
    public async Task CreateApiKey_ThenRevokeApiKey_KeyWorksWithItsRoleThenStops()
    {
        var admin = factory.GraphQL();
        var created = await admin.DataAsync("""
            mutation { createApiKey(role: EVALUATOR, name: "Evaluation team") { secret key { id role revokedAt } } }
            """);
        var secret = created.Path("createApiKey.secret").GetString()!;
        var id = created.Path("createApiKey.key.id").GetString()!;
        var evaluator = factory.GraphQLAs(secret);

        var before = await evaluator.PostAsync("{ people(first: 1) { edges { node { name email } } } }");
        var listed = await admin.DataAsync("{ apiKeys { id name role revokedAt } }");
        var revoked = await admin.DataAsync("mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }", new { id });
        var after = await evaluator.PostAsync("{ networkVersion }");

        Assert.Equal("EVALUATOR", created.Path("createApiKey.key.role").GetString());
        Assert.Equal(["FORBIDDEN"], before.ErrorCodes);
        Assert.Contains(listed.GetProperty("apiKeys").EnumerateArray(), k => k.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(secret, listed.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, revoked.Path("revokeApiKey.revokedAt").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
    }

    [Fact]
    public async Task CreateApiKey_PartnerWithoutOrganization_IsInvalidArgument()
    {
        var response = await factory.GraphQL().PostAsync("""mutation { createApiKey(role: PARTNER, name: "Clinic") { secret } }""");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("organization", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jwt_ValidTokens_AuthenticateWithTheirRoleAndOrganization()
    {
        using var host = JwtFactory();

        var evaluator = await Client(host, Token(new() { ["sub"] = "u-1", ["role"] = "evaluator" })).PostAsync("{ people(first: 1) { edges { node { email } } } }");
        var partner = await Client(host, Token(new() { ["sub"] = "u-2", ["role"] = "partner", ["organization"] = "o-backbone" }))
            .DataAsync("{ people { totalCount } }");

        Assert.Equal(["FORBIDDEN"], evaluator.ErrorCodes);
        Assert.Equal(10, partner.Path("people.totalCount").GetInt32());
    }

    [Theory]
    [InlineData("expired", "The bearer token is not valid")]
    [InlineData("wrong-audience", "The bearer token is not valid")]
    [InlineData("wrong-key", "The bearer token is not valid")]
    [InlineData("no-role", "The token's 'role' claim must be exactly one of the roles")]
    [InlineData("role-list", "The token's 'role' claim must be exactly one of the roles backbone, evaluator, dashboard, partner; it is a list of 2 values.")]
    [InlineData("partner-without-organization", "needs the 'organization' claim")]
    public async Task Jwt_BadTokens_Are401WithoutTheHandlersInternals(string problem, string message)
    {
        using var host = JwtFactory();
        var claims = new Dictionary<string, object> { ["sub"] = "u-1", ["role"] = problem == "partner-without-organization" ? "partner" : "backbone" };
        if (problem == "no-role")
        {
            claims.Remove("role");
        }

        if (problem == "role-list")
        {
            claims["role"] = new[] { "evaluator", "backbone" };
        }

        var token = Token(claims,
            expires: problem == "expired" ? DateTime.UtcNow.AddMinutes(-10) : null,
            audience: problem == "wrong-audience" ? "someone-else" : Audience,
            key: problem == "wrong-key" ? "another-signing-key-of-at-least-32-bytes" : SigningKey);

        var response = await Client(host, token).PostAsync("{ networkVersion }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        var text = response.Errors[0].GetProperty("message").GetString()!;
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.DoesNotContain("IDX", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("key-header-and-same-key-as-bearer", "both X-Api-Key and Authorization")]
    [InlineData("key-header-and-other-key-as-bearer", "both X-Api-Key and Authorization")]
    [InlineData("key-header-and-jwt", "both X-Api-Key and Authorization")]
    [InlineData("two-authorization-headers", "2 Authorization credentials")]
    [InlineData("key-and-jwt-in-one-authorization-header", "2 Authorization credentials")]
    [InlineData("two-key-headers", "2 X-Api-Key headers")]
    public async Task Post_MoreThanOneCredential_Is401SayingWhy(string combination, string carried)
    {
        using var host = JwtFactory();
        var key = host.CreateKey(Roles.Backbone, "Admin");
        var other = host.CreateKey(Roles.Dashboard, "Wall screen");
        var jwt = Token(new() { ["sub"] = "u-1", ["role"] = "backbone" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ networkVersion }" }) };
        var headers = request.Headers;
        _ = combination switch
        {
            "key-header-and-same-key-as-bearer" => headers.TryAddWithoutValidation("X-Api-Key", key) && headers.TryAddWithoutValidation("Authorization", "Bearer " + key),
            "key-header-and-other-key-as-bearer" => headers.TryAddWithoutValidation("X-Api-Key", key) && headers.TryAddWithoutValidation("Authorization", "Bearer " + other),
            "key-header-and-jwt" => headers.TryAddWithoutValidation("X-Api-Key", key) && headers.TryAddWithoutValidation("Authorization", "Bearer " + jwt),
            "two-authorization-headers" => headers.TryAddWithoutValidation("Authorization", ["Bearer " + key, "Bearer " + other]),
            "key-and-jwt-in-one-authorization-header" => headers.TryAddWithoutValidation("Authorization", $"Bearer {key}, Bearer {jwt}"),
            "two-key-headers" => headers.TryAddWithoutValidation("X-Api-Key", [key, key]),
            _ => throw new ArgumentOutOfRangeException(nameof(combination)),
        };
        using var client = host.CreateAnonymousClient();

        using var response = await client.SendAsync(request);
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], body.ErrorCodes);
        Assert.Contains($"more than one credential ({carried}); send exactly one", body.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(body.HasData);
    }

    [Fact]
    public async Task NoAuthMode_AnyoneIsBackboneAndReadinessSaysDegraded()
    {
        using var host = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Auth:Mode"] = "None" });
        using var anonymous = host.CreateAnonymousClient();

        var data = await new GraphQLClient(anonymous).DataAsync("{ people(first: 1) { edges { node { email } } } }");
        using var ready = await anonymous.GetAsync("/readyz");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(1, data.Path("people.edges").GetArrayLength());
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        var auth = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "auth");
        Assert.Contains("Authentication is OFF", auth.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static ConfiguredApiFactory JwtFactory() => new(new Dictionary<string, string?>
    {
        ["Auth:Jwt:SigningKey"] = SigningKey,
        ["Auth:Jwt:Issuer"] = Issuer,
        ["Auth:Jwt:Audience"] = Audience,
    });

    private static GraphQLClient Client(ApiFactory host, string token)
    {
        var client = host.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(client);
    }

    private static string Token(Dictionary<string, object> claims, DateTime? expires = null, string audience = Audience, string key = SigningKey) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            IssuedAt = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
}
