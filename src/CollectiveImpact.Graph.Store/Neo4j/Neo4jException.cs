namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// Neo4j refused or failed a request. <see cref="Code"/> is Neo4j's status code (e.g.
/// <c>Neo.ClientError.Statement.SyntaxError</c>) when the server sent one; subclasses name the cases callers act on.
/// </summary>
public class Neo4jException(string message, string? code = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string? Code { get; } = code;
}
