namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// JWT bearer tokens from an identity provider (<c>Auth:Jwt</c>). Enabled when <see cref="Authority"/> (keys from
/// its OpenID Connect metadata) or <see cref="SigningKey"/> (a shared HMAC key, for tests and small setups) is set.
/// </summary>
public sealed class JwtOptions
{
    /// <summary>The identity provider's URL; its signing keys are fetched from its discovery document.</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>iss</c> a token must carry; defaults to the authority's.</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> a token must carry.</summary>
    public string? Audience { get; set; }

    /// <summary>A symmetric HS256 key (at least 32 bytes of UTF-8), instead of an authority.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The claim naming the caller's role (one of <see cref="Roles.All"/>).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim naming a partner's organization id.</summary>
    public string OrganizationClaim { get; set; } = "organization";

    /// <summary>Whether metadata must come over HTTPS; off only for a local test authority.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}
