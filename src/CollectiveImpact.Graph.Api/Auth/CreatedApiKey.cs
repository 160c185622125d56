namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>A key just created, with the secret the caller must keep: it is shown this once and never stored.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
