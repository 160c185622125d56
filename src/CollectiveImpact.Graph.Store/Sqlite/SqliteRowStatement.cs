using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// One or more SQL statements prepared once on the connection's own handle and run once per row with values bound
/// by position: the write path's inner loop (<see cref="SqliteNetworkWriter"/>). Runs inside whatever transaction
/// the connection has open, like any command on it.
/// </summary>
/// <remarks>
/// <see cref="SqliteCommand"/> with reused parameters costs, per row, a data reader, a lookup of every parameter's
/// index by name and a binder per value: about a third of a 20,000-organization import's write time
/// (docs/import.md). Here names become indices once, and a row is bind, step, reset. Values are bound as
/// Microsoft.Data.Sqlite binds them (text, 64-bit integer, real, null), so what is stored is the same; a failing
/// step throws the <see cref="SqliteException"/> a command would.
/// </remarks>
internal sealed class SqliteRowStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly List<(sqlite3_stmt Statement, int[] Positions)> statements = [];

    /// <summary>Prepares every statement of <paramref name="sql"/>; row values will come in the order of <paramref name="parameterNames"/>.</summary>
    public SqliteRowStatement(SqliteConnection connection, string sql, IReadOnlyList<string> parameterNames)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rest = sql;
        try
        {
            while (!string.IsNullOrWhiteSpace(rest))
            {
                var rc = raw.sqlite3_prepare_v2(database, rest, out var statement, out var tail);
                SqliteException.ThrowExceptionForRC(rc, database);
                rest = tail;
                if (statement is null || statement.IsInvalid)
                {
                    continue;
                }

                // Position of each row value in this statement (0: the statement does not use it).
                var positions = parameterNames.Select(name => raw.sqlite3_bind_parameter_index(statement, name)).ToArray();
                statements.Add((statement, positions));
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Runs the statements once with <paramref name="values"/> (string, int, long, double, or <see cref="DBNull"/>).</summary>
    public void Run(params object[] values)
    {
        foreach (var (statement, positions) in statements)
        {
            for (var i = 0; i < positions.Length; i++)
            {
                if (positions[i] > 0)
                {
                    Bind(statement, positions[i], values[i]);
                }
            }

            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(rc, database);
            }
        }
    }

    public void Dispose()
    {
        foreach (var (statement, _) in statements)
        {
            statement.Dispose();
        }

        statements.Clear();
    }

    private void Bind(sqlite3_stmt statement, int position, object value)
    {
        var rc = value switch
        {
            string text => raw.sqlite3_bind_text(statement, position, text),
            int number => raw.sqlite3_bind_int64(statement, position, number),
            long number => raw.sqlite3_bind_int64(statement, position, number),
            double number => raw.sqlite3_bind_double(statement, position, number),
            DBNull or null => raw.sqlite3_bind_null(statement, position),
            _ => throw new ArgumentException($"A {value.GetType().Name} cannot be bound to a statement parameter.", nameof(value)),
        };
        SqliteException.ThrowExceptionForRC(rc, database);
    }
}
