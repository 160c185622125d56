namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>What a kept response is current for: the network version and the UTC day (<see cref="ResponseCache"/>).</summary>
public readonly record struct ResponseStamp(long Version, DateOnly Day);
