namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// The server failed a transaction in a way that may pass if it is run again (<c>Neo.TransientError.*</c>: a
/// deadlock, a leader switch, a database starting). The transaction was rolled back; the store retries the whole
/// unit of work with backoff, and this surfaces only when the retries are used up.
/// </summary>
public sealed class Neo4jTransientException(string message, string? code = null)
    : Neo4jException(message, code);
