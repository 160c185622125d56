using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// The WHERE clause of a list query, built from a filter: each criterion given adds one condition and binds its
/// values as parameters (lists as one JSON array read with <c>json_each</c>), so user input never enters the SQL text.
/// A null criterion adds nothing; an empty list matches nothing ("any of none").
/// </summary>
internal sealed class SqlConditions
{
    private readonly List<string> clauses = [];
    private readonly List<KeyValuePair<string, object>> parameters = [];

    /// <summary>Adds a condition; <paramref name="clause"/> gets the new parameter's name and returns the SQL.</summary>
    public void Add(object value, Func<string, string> clause)
    {
        var name = "$p" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameters.Add(new(name, value));
        clauses.Add(clause(name));
    }

    /// <summary>A condition on membership: <paramref name="clause"/> gets an SQL set expression to use after IN.</summary>
    public void AddAnyOf(IEnumerable<string>? values, Func<string, string> clause)
    {
        if (values is not null)
        {
            Add(SqliteRowMapping.JsonArray(values), name => clause($"(SELECT value FROM json_each({name}))"));
        }
    }

    public void AddNameContains(string? text)
    {
        if (text is not null)
        {
            Add(text, name => $"{SqliteConnections.ContainsFunction}(t.name, {name})");
        }
    }

    public string Sql => clauses.Count == 0 ? "1" : string.Join(" AND ", clauses.Select(c => $"({c})"));

    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
