namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// A write broke one of the schema's constraints (<c>Neo.ClientError.Schema.ConstraintValidationFailed</c>), e.g. an
/// id already used by a node of another kind. The validator normally refuses such a change first, so this means the
/// database holds data the service did not write, or two services wrote at once without the version lock.
/// </summary>
public sealed class Neo4jConstraintViolationException(string message, string? code = null)
    : Neo4jException(message, code);
