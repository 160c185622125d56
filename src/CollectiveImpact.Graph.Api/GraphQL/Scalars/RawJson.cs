namespace CollectiveImpact.Graph.Api.GraphQL.Scalars;

/// <summary>
/// A <c>JSON</c> variable kept as the request's own UTF-8 bytes instead of a tree of dictionaries: what the transport
/// hands an import-only request's document variable (RequestBody), so a 54 MB document is read once, straight into
/// the domain model, and never boxed value by value.
/// </summary>
/// <param name="Utf8">One complete JSON value, a slice of the request body.</param>
public sealed record RawJson(ReadOnlyMemory<byte> Utf8);
