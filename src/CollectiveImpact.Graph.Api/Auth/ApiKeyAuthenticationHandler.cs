using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// Authenticates <c>X-Api-Key: &lt;key&gt;</c> or <c>Authorization: Bearer &lt;key&gt;</c> against the hashed keys.
/// No credentials is "no result" (the endpoint answers 401 UNAUTHENTICATED); a wrong or revoked key, or more than one
/// credential in the request (<see cref="RequestCredentials"/>), is a failure whose reason the endpoint reports.
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
        // The selector forwards every request with more than one credential here, whatever they are.
        if (RequestCredentials.Problem(Request) is { } problem)
        {
            return Task.FromResult(AuthenticateResult.Fail(problem));
        }

        var secret = RequestCredentials.ApiKey(Request) ?? RequestCredentials.BearerToken(Request);
        if (secret is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var key = keys.Find(secret);
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid or has been revoked."));
        }

        var caller = new Caller("key", key.Id, key.Name, key.Role, key.Organization, key.SurveyRound);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(AuthSchemes.ApiKey), AuthSchemes.ApiKey)));
    }
}
