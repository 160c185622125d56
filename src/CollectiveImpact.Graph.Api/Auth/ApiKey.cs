namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// An API key as stored: never its secret, only the secret's SHA-256 (kept in the store, not here).
/// <see cref="Organization"/> is required for partners and ignored by the other roles. A share link (docs/security.md,
/// "Share links") is a key of the dashboard or partner role that expires (<see cref="ExpiresAt"/>) and remembers the
/// map view it was made for (<see cref="View"/>). A survey link (docs/survey.md) is a key of the respondent role for one
/// organization in one round (<see cref="SurveyRound"/>), expiring when the round closes.
/// </summary>
public sealed record ApiKey(
    string Id,
    string Name,
    string Role,
    string? Organization,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? ExpiresAt = null,
    string? View = null,
    bool IsShareLink = false,
    string? SurveyRound = null)
{
    public bool Revoked => RevokedAt is not null;

    /// <summary>True past <see cref="ExpiresAt"/>.</summary>
    public bool ExpiredAt(DateTimeOffset now) => ExpiresAt is { } end && now >= end;
}
