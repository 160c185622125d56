using System.Security.Claims;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// Who is calling, however they authenticated: the one shape the access rules, the audit log and the rate limiter
/// read. <see cref="Kind"/> is <c>key</c>, <c>jwt</c> or <c>development</c> (no-auth mode); <see cref="Id"/> is the
/// key id or the token's subject. <see cref="SurveyRound"/> is the round a survey link answers (respondents only).
/// </summary>
public sealed record Caller(string Kind, string Id, string Name, string Role, string? Organization, string? SurveyRound = null)
{
    public const string KindClaim = "ci:kind";
    public const string IdClaim = "ci:id";
    public const string NameClaim = "ci:name";
    public const string RoleClaim = "ci:role";
    public const string OrganizationClaim = "ci:organization";
    public const string SurveyRoundClaim = "ci:survey";

    /// <summary>The caller of no-auth development mode.</summary>
    public static Caller Development { get; } = new("development", "development", "Development mode (no authentication)", Roles.Backbone, null);

    /// <summary>The caller a principal carries, or null when it was not authenticated by this API's schemes.</summary>
    public static Caller? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true || principal.FindFirst(RoleClaim)?.Value is not { } role)
        {
            return null;
        }

        return new Caller(
            principal.FindFirst(KindClaim)?.Value ?? "unknown",
            principal.FindFirst(IdClaim)?.Value ?? "unknown",
            principal.FindFirst(NameClaim)?.Value ?? "unknown",
            role,
            principal.FindFirst(OrganizationClaim)?.Value,
            principal.FindFirst(SurveyRoundClaim)?.Value);
    }

    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(KindClaim, Kind),
            new(IdClaim, Id),
            new(NameClaim, Name),
            new(RoleClaim, Role),
        };
        if (Organization is not null)
        {
            claims.Add(new Claim(OrganizationClaim, Organization));
        }

        if (SurveyRound is not null)
        {
            claims.Add(new Claim(SurveyRoundClaim, SurveyRound));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, NameClaim, RoleClaim));
    }

    /// <summary>The rate limiter's partition: one bucket per key or subject.</summary>
    public string PartitionKey => $"{Kind}:{Id}";
}
