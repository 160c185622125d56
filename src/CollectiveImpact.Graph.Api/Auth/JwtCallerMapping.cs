using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// Turns a validated token into a <see cref="Caller"/>: the role from the configured role claim, a partner's
/// organization from the organization claim, the subject as the caller's id. A token whose role claim is missing, a
/// list, or not exactly one known role, or a partner token without exactly one organization, is refused (401) with
/// the claim named, rather than given some default.
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

        // A list-valued claim arrives as several claims of one type. A role is one value, never a list that some rule
        // would have to reduce to one (the first, the most powerful): the token is refused instead.
        var roles = principal!.FindAll(options.RoleClaim).Select(c => c.Value).ToList();
        var role = roles.Count == 1 ? Roles.Parse(roles[0]) : null;
        if (role is null)
        {
            var got = roles.Count switch
            {
                0 => "it has none",
                1 => "its value is none of them",
                _ => $"it is a list of {roles.Count} values",
            };
            return (null, $"The token's '{options.RoleClaim}' claim must be exactly one of the roles {string.Join(", ", Roles.All)}; {got}.");
        }

        var organizations = principal.FindAll(options.OrganizationClaim).Select(c => c.Value).ToList();
        var organization = organizations.Count == 1 ? organizations[0] : null;
        if (role == Roles.Partner && string.IsNullOrWhiteSpace(organization))
        {
            return (null, organizations.Count > 1
                ? $"A partner token's '{options.OrganizationClaim}' claim must be one organization id; it is a list of {organizations.Count} values."
                : $"A partner token needs the '{options.OrganizationClaim}' claim.");
        }

        var name = principal.FindFirst("name")?.Value ?? principal.FindFirst("preferred_username")?.Value ?? subject;
        return (new Caller("jwt", subject, name, role, role == Roles.Partner ? organization : null), null);
    }
}
