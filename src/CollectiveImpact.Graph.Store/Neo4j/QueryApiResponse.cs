namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// A Query API response body, parsed: the statement's result, the transaction it left open (explicit transactions
/// only; absent once the server has closed it), and any errors.
/// </summary>
internal sealed record QueryApiResponse(QueryResult Result, string? TransactionId, IReadOnlyList<QueryApiError> Errors);
