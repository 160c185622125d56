namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// What one statement returned through the Query API, its values decoded from typed JSON (see
/// <see cref="TypedJsonValue"/>): the field names, the rows (values in field order), and the bookmarks the server
/// issued.
/// </summary>
internal sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<string> Bookmarks)
{
    public static QueryResult Empty { get; } = new([], [], []);

    /// <summary>The value of <paramref name="field"/> in <paramref name="row"/>.</summary>
    public object? Value(IReadOnlyList<object?> row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return row[i];
            }
        }

        throw new FormatException($"The result has no field '{field}' (fields: {string.Join(", ", Fields)}).");
    }

    /// <summary>The value of <paramref name="field"/> in the only row.</summary>
    public object? Single(string field) => Rows.Count == 1
        ? Value(Rows[0], field)
        : throw new FormatException($"Expected one row with '{field}', got {Rows.Count}.");
}
