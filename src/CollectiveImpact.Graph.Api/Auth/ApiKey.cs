namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// An API key as stored: never its secret, only the secret's SHA-256 (kept in the store, not here).
/// <see cref="Organization"/> is required for partners and ignored by the other roles.
/// </summary>
public sealed record ApiKey(
    string Id,
    string Name,
    string Role,
    string? Organization,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}
