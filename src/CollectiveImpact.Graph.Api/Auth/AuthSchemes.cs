namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>The authentication schemes' names.</summary>
public static class AuthSchemes
{
    /// <summary>The default: looks at the request and forwards to <see cref="ApiKey"/> or <see cref="Jwt"/>.</summary>
    public const string Selector = "ci";

    public const string ApiKey = "ApiKey";

    public const string Jwt = "Jwt";

    public const string Development = "Development";

    public const string ApiKeyHeader = "X-Api-Key";
}
