namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>
/// A response as sent, with what makes it current: the network version read before it was executed, the UTC day
/// (analyses default <c>asOf</c> to today), and when it expires (the analysis cache's own memory lifetime, so a kept
/// response never outlives the results it shows). <see cref="Analyses"/> are the analyses it looked up, one per root field.
/// </summary>
public sealed record CachedResponse(ReadOnlyMemory<byte> Body, long NetworkVersion, DateOnly Day, DateTimeOffset Expires, IReadOnlyList<string> Analyses);
