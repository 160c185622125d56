using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// Turns a validated token into a <see cref="Caller"/>: the role from the configured role claim, a partner's
/// organization from the organization claim, the subject as the caller's id. A token whose role is missing or
/// unknown, or a partner token without an organization, is refused (401) rather than given some default.
/// </summary>
public static class JwtCallerMapping
{
    public static Task OnTokenValidated(TokenValidatedContext context, JwtOptions options)
    {
        var (caller, problem) = Map(context.Principal, options);
        if (caller is null)
        {
            context.Fail(problem!);
        }
        else
        {
            context.Principal = caller.ToPrincipal(AuthSchemes.Jwt);
        }

        return Task.CompletedTask;
    }

    public static (Caller? Caller, string? Problem) Map(ClaimsPrincipal? principal, JwtOptions options)
    {
        var subject = principal?.FindFirst("sub")?.Value;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return (null, "The token has no 'sub' claim.");
        }

        var roleValue = principal!.FindAll(options.RoleClaim).Select(c => Roles.Parse(c.Value)).FirstOrDefault(r => r is not null);
        if (roleValue is null)
        {
            return (null, $"The token's '{options.RoleClaim}' claim names none of the roles {string.Join(", ", Roles.All)}.");
        }

        var organization = principal.FindFirst(options.OrganizationClaim)?.Value;
        if (roleValue == Roles.Partner && string.IsNullOrWhiteSpace(organization))
        {
            return (null, $"A partner token needs the '{options.OrganizationClaim}' claim.");
        }

        var name = principal.FindFirst("name")?.Value ?? principal.FindFirst("preferred_username")?.Value ?? subject;
        return (new Caller("jwt", subject, name, roleValue, roleValue == Roles.Partner ? organization : null), null);
    }
}
