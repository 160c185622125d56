namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>
/// What a kept response may be reused for: the exact query text and operation, who asks as far as authorization can
/// tell (role, and organization: a partner sees only its own people), the transport (GET adds a rule) and the media
/// type answered. Requests with variables or extensions are never kept, so they are not part of it.
/// </summary>
public sealed record ResponseKey(string Query, string? OperationName, string Role, string? Organization, bool OverGet, string MediaType);
