namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// The server could not be reached or did not answer in time: connection refused, DNS failure, HTTP 503 after the
/// retries, or a request timeout. Says which address was tried.
/// </summary>
public sealed class Neo4jUnavailableException(string message, Exception? innerException = null)
    : Neo4jException(message, null, innerException);
