namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// A statement from the catalog and the values for its parameters: strings, booleans, numbers, null, and lists and
/// maps of those (dates travel as <c>YYYY-MM-DD</c> strings; the statement converts them with <c>date()</c>).
/// </summary>
internal sealed record Query(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters)
{
    public static Query Of(CypherStatement statement, params (string Name, object? Value)[] parameters) =>
        new(statement, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
}
