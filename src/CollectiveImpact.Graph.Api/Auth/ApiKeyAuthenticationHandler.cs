using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// Authenticates <c>X-Api-Key: &lt;key&gt;</c> or <c>Authorization: Bearer &lt;key&gt;</c> against the hashed keys.
/// No credentials is "no result" (the endpoint answers 401 UNAUTHENTICATED); a wrong or revoked key is a failure
/// whose reason the endpoint reports.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ReadSecret(Request);
        if (secret is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var key = secret.Length == 0 ? null : keys.Find(secret);
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid or has been revoked."));
        }

        var caller = new Caller("key", key.Id, key.Name, key.Role, key.Organization);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(AuthSchemes.ApiKey), AuthSchemes.ApiKey)));
    }

    /// <summary>The key from <c>X-Api-Key</c>, else from a bearer token; null when the request carries neither.</summary>
    public static string? ReadSecret(HttpRequest request)
    {
        if (request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            // Two keys in one request are refused rather than one of them picked.
            return header.Count == 1 ? header.ToString().Trim() : string.Empty;
        }

        return BearerToken(request);
    }

    public static string? BearerToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
            ? authorization[7..].Trim()
            : null;
    }
}
