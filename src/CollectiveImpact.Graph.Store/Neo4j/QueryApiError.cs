namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>One entry of a Query API response's <c>errors</c> list: Neo4j's status code and its message.</summary>
internal sealed record QueryApiError(string Code, string Message);
