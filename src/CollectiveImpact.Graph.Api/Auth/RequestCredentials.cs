namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// The credentials a request carries, counted before any of them is checked: every non-blank <c>X-Api-Key</c> value
/// and every bearer credential of <c>Authorization</c> (two headers, or two comma-separated in one). A request with
/// more than one is refused whole, even when they are equal, rather than one of them picked: which one "wins" is the
/// kind of rule a proxy adding its own header, or an attacker, can exploit.
/// </summary>
public static class RequestCredentials
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Why the request's credentials cannot be used together, or null when it carries at most one.</summary>
    public static string? Problem(HttpRequest request)
    {
        var keys = request.Headers[AuthSchemes.ApiKeyHeader].Count(v => !string.IsNullOrWhiteSpace(v));
        var authorizations = request.Headers.Authorization.Sum(CountInAuthorization);
        if (keys + authorizations <= 1)
        {
            return null;
        }

        var carried = (keys, authorizations) switch
        {
            (0, _) => $"{authorizations} Authorization credentials",
            (_, 0) => $"{keys} {AuthSchemes.ApiKeyHeader} headers",
            _ => $"both {AuthSchemes.ApiKeyHeader} and Authorization",
        };
        return $"The request carries more than one credential ({carried}); send exactly one: " +
            $"'Authorization: Bearer <key or token>' or '{AuthSchemes.ApiKeyHeader}: <key>'.";
    }

    /// <summary>The one <c>X-Api-Key</c> value, trimmed; null when there is none (callers check <see cref="Problem"/> first).</summary>
    public static string? ApiKey(HttpRequest request) =>
        request.Headers[AuthSchemes.ApiKeyHeader].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    /// <summary>The credential of a single <c>Authorization: Bearer</c> header; null when there is none.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && authorization.Length > BearerPrefix.Length
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
    }

    /// <summary>
    /// Bearer credentials in one header value: keys and JWTs never hold a comma, so "Bearer a, Bearer b" is two. A
    /// value of another scheme (Basic, Digest: commas inside) counts as one credential; no handler accepts it.
    /// </summary>
    private static int CountInAuthorization(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0;
        }

        var bearers = value.Split(',').Count(part => part.TrimStart().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase));
        return Math.Max(1, bearers);
    }
}
