using System.Security.Claims;
using CollectiveImpact.Graph.Api.Auth;

namespace CollectiveImpact.Graph.Api.Tests.Auth;

/// <summary>
/// From a validated token's claims to a caller: the role claim must hold exactly one known role (a JSON list arrives as
/// several claims of one type, and is refused rather than reduced to its first value), a partner exactly one organization.
/// </summary>
public sealed class JwtCallerMappingTests
{
    private static readonly JwtOptions Options = new();

    [Fact]
    public void Map_OneKnownRole_IsThatCaller()
    {
        var (caller, problem) = JwtCallerMapping.Map(Principal(("sub", "u-1"), ("role", "Evaluator"), ("name", "Ana")), Options);

        Assert.Null(problem);
        Assert.Equal(new Caller("jwt", "u-1", "Ana", Roles.Evaluator, null), caller);
    }

    [Fact]
    public void Map_PartnerWithOneOrganization_CarriesIt()
    {
        var (caller, _) = JwtCallerMapping.Map(Principal(("sub", "u-2"), ("role", "partner"), ("organization", "o-1")), Options);

        Assert.Equal("o-1", caller!.Organization);
    }

    [Theory]
    [InlineData(new[] { "evaluator", "backbone" }, "it is a list of 2 values")]
    [InlineData(new[] { "backbone", "backbone" }, "it is a list of 2 values")]
    [InlineData(new[] { "admin" }, "its value is none of them")]
    [InlineData(new[] { "backbone evaluator" }, "its value is none of them")]
    [InlineData(new string[0], "it has none")]
    public void Map_RoleClaimNotExactlyOneKnownRole_IsRefusedNamingTheClaim(string[] roles, string why)
    {
        var claims = new[] { ("sub", "u-1") }.Concat(roles.Select(r => ("role", r))).ToArray();

        var (caller, problem) = JwtCallerMapping.Map(Principal(claims), Options);

        Assert.Null(caller);
        Assert.Equal($"The token's 'role' claim must be exactly one of the roles backbone, evaluator, dashboard, partner; {why}.", problem);
    }

    [Fact]
    public void Map_ConfiguredRoleClaimHoldingAList_IsRefusedNamingThatClaim()
    {
        var options = new JwtOptions { RoleClaim = "ci_role" };

        var (_, problem) = JwtCallerMapping.Map(Principal(("sub", "u-1"), ("ci_role", "dashboard"), ("ci_role", "backbone")), options);

        Assert.StartsWith("The token's 'ci_role' claim must be exactly one", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_PartnerWithAListOfOrganizations_IsRefusedNamingTheClaim()
    {
        var (caller, problem) = JwtCallerMapping.Map(
            Principal(("sub", "u-2"), ("role", "partner"), ("organization", "o-1"), ("organization", "o-2")), Options);

        Assert.Null(caller);
        Assert.Equal("A partner token's 'organization' claim must be one organization id; it is a list of 2 values.", problem);
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));
}
