using CollectiveImpact.Graph.Api.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CollectiveImpact.Graph.Api.Tests.Auth;

/// <summary>Counting a request's credentials: one is usable, more than one is refused with the reason, whatever they are.</summary>
public sealed class RequestCredentialsTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("cig_a", null)]
    [InlineData(null, "Bearer cig_a")]
    [InlineData(null, "Bearer eyJ.a.b")]
    [InlineData("  ", "Bearer cig_a")]
    [InlineData(null, "Basic dXNlcjpwYXNz")]
    public void Problem_AtMostOneCredential_IsNull(string? apiKey, string? authorization)
    {
        var request = Request(apiKey is null ? [] : [apiKey], authorization is null ? [] : [authorization]);

        Assert.Null(RequestCredentials.Problem(request));
    }

    [Theory]
    [InlineData(new[] { "cig_a" }, new[] { "Bearer cig_a" }, "both X-Api-Key and Authorization")]
    [InlineData(new[] { "cig_a" }, new[] { "Bearer cig_b" }, "both X-Api-Key and Authorization")]
    [InlineData(new[] { "cig_a" }, new[] { "Bearer eyJ.a.b" }, "both X-Api-Key and Authorization")]
    [InlineData(new[] { "cig_a" }, new[] { "Basic dXNlcjpwYXNz" }, "both X-Api-Key and Authorization")]
    [InlineData(new string[0], new[] { "Bearer cig_a", "Bearer cig_a" }, "2 Authorization credentials")]
    [InlineData(new string[0], new[] { "Bearer cig_a, Bearer eyJ.a.b" }, "2 Authorization credentials")]
    [InlineData(new[] { "cig_a", "cig_b" }, new string[0], "2 X-Api-Key headers")]
    public void Problem_MoreThanOneCredential_SaysWhichAndHowToSendOne(string[] apiKeys, string[] authorizations, string carried)
    {
        var request = Request(apiKeys, authorizations);

        var problem = RequestCredentials.Problem(request);

        Assert.NotNull(problem);
        Assert.Contains("more than one credential (" + carried + ")", problem, StringComparison.Ordinal);
        Assert.Contains("send exactly one", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ApiKeyAndBearerToken_OneCredentialEach_AreReadTrimmed()
    {
        var key = Request([" cig_a "], []);
        var bearer = Request([], ["bearer  eyJ.a.b "]);

        Assert.Equal("cig_a", RequestCredentials.ApiKey(key));
        Assert.Null(RequestCredentials.BearerToken(key));
        Assert.Equal("eyJ.a.b", RequestCredentials.BearerToken(bearer));
        Assert.Null(RequestCredentials.ApiKey(bearer));
    }

    private static HttpRequest Request(string[] apiKeys, string[] authorizations)
    {
        var http = new DefaultHttpContext();
        if (apiKeys.Length > 0)
        {
            http.Request.Headers[AuthSchemes.ApiKeyHeader] = new StringValues(apiKeys);
        }

        if (authorizations.Length > 0)
        {
            http.Request.Headers.Authorization = new StringValues(authorizations);
        }

        return http.Request;
    }
}
