using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// Rows written <see cref="RowsPerStatement"/> at a time by multi-row <c>INSERT … VALUES (…), (…)</c> statements,
/// prepared once (<see cref="SqliteRowStatement"/>): rows are kept until there are enough for one statement; the last
/// few go one by one at <see cref="Flush"/>, which the caller must call before anything that reads what it wrote.
/// </summary>
/// <remarks>
/// One statement per row made SQLite open its table, index and foreign-key cursors again for every row, and
/// sqlite3_step, bind and reset were crossed once per row: most of a 20,000-organization import's write time
/// (docs/import.md). The rows are inserted in the order given and an upsert's conflict clause applies to each row
/// in turn, so the result is that of the one-row statement run row by row.
/// </remarks>
internal sealed class SqliteRowBatch : IDisposable
{
    /// <summary>Rows per statement: 64 rows of at most ten values stay far below SQLite's 32,766 bound parameters.</summary>
    public const int RowsPerStatement = 64;

    private readonly SqliteRowStatement many;
    private readonly SqliteRowStatement one;
    private readonly object[] pending;
    private readonly object[] single;
    private readonly int columns;
    private int rows;

    /// <param name="connection">The open connection, inside the write's transaction.</param>
    /// <param name="sqlForRows">
    /// The SQL for a number of rows; row r's parameters are named as in <paramref name="parameterNames"/> with
    /// <c>_r</c> added (<see cref="Tuples"/> writes them).
    /// </param>
    /// <param name="parameterNames">One row's parameters, in the order <see cref="Add"/> takes its values.</param>
    public SqliteRowBatch(SqliteConnection connection, Func<int, string> sqlForRows, IReadOnlyList<string> parameterNames)
    {
        columns = parameterNames.Count;
        pending = new object[RowsPerStatement * columns];
        single = new object[columns];
        one = new SqliteRowStatement(connection, sqlForRows(1), RowNames(parameterNames, 1));
        try
        {
            many = new SqliteRowStatement(connection, sqlForRows(RowsPerStatement), RowNames(parameterNames, RowsPerStatement));
        }
        catch
        {
            one.Dispose();
            throw;
        }
    }

    /// <summary>
    /// <paramref name="rows"/> copies of <paramref name="tuple"/> joined by commas, with <c>{r}</c> replaced by the row
    /// number: <c>Tuples(2, "($id_{r}, 'goal')")</c> is <c>($id_0, 'goal'), ($id_1, 'goal')</c>.
    /// </summary>
    public static string Tuples(int rows, string tuple) =>
        string.Join(", ", Enumerable.Range(0, rows).Select(r => tuple.Replace("{r}", r.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));

    /// <summary>Adds a row (values as <see cref="SqliteRowStatement.Run"/> takes them); runs a statement when enough are kept.</summary>
    public void Add(params object[] values)
    {
        Array.Copy(values, 0, pending, rows * columns, columns);
        if (++rows == RowsPerStatement)
        {
            rows = 0;
            many.Run(pending);
        }
    }

    /// <summary>Writes the rows kept, one statement each.</summary>
    public void Flush()
    {
        for (var r = 0; r < rows; r++)
        {
            Array.Copy(pending, r * columns, single, 0, columns);
            one.Run(single);
        }

        rows = 0;
    }

    public void Dispose()
    {
        many.Dispose();
        one.Dispose();
    }

    private static string[] RowNames(IReadOnlyList<string> names, int rows) =>
        [.. Enumerable.Range(0, rows).SelectMany(r => names.Select(name => $"{name}_{r}"))];
}
