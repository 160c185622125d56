namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// The server refused the credentials (HTTP 401, or a <c>Neo.ClientError.Security.*</c> code) or the user may not do
/// this (403). Never retried: the same credentials fail the same way. Check Neo4j:User/Password or Neo4j:Token.
/// </summary>
public sealed class Neo4jAuthenticationException(string message, string? code = null)
    : Neo4jException(message, code);
