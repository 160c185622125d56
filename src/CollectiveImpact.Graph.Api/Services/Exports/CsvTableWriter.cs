using System.Globalization;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// Writes a <see cref="FindingsTable"/> as CSV (RFC 4180: comma-separated, CRLF line ends, a header row, a field quoted
/// when it holds a comma, a quote or a line break, its quotes doubled): numbers in the invariant culture with full
/// precision, booleans as <c>true</c>/<c>false</c>, dates YYYY-MM-DD.
/// </summary>
/// <remarks>
/// A text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is written with a
/// leading <c>'</c>: a spreadsheet would otherwise run it as a formula (CSV injection; OWASP's advice). So does one
/// whose apostrophes lead to such a character (<c>'=x</c>), so the import takes exactly one away and every text comes
/// back as it was; a sentence that merely begins with a quote (<c>'Kindy' leads …</c>) is written as it is. Names and
/// sentences come from whoever edits the network, so none is trusted. Numbers are never text here, so a negative
/// number stays a number.
/// </remarks>
public static class CsvTableWriter
{
    public const string ContentType = "text/csv";

    public static void Write(TextWriter text, FindingsTable table) => Write(text, XlsxWorkbookWriter.Sheet(table));

    /// <summary>A sheet as CSV: its headers, then its rows (dates written YYYY-MM-DD), read once as they are written.</summary>
    public static void Write(TextWriter text, WorkbookSheet sheet, CancellationToken cancellationToken = default)
    {
        WriteRow(text, [.. sheet.Columns.Select(c => (object?)c.Header)]);
        var index = 0;
        foreach (var row in sheet.Rows)
        {
            ExportDeadline.CheckEvery(++index, cancellationToken);
            WriteRow(text, row);
        }
    }

    private static void WriteRow(TextWriter text, IReadOnlyList<object?> cells)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                text.Write(',');
            }

            text.Write(Field(cells[c]));
        }

        text.Write("\r\n");
    }

    internal static string Field(object? cell) => cell switch
    {
        null => string.Empty,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Quoted(Defused(cell.ToString() ?? string.Empty)),
    };

    /// <summary>
    /// A leading <c>'</c> before a value that starts, after any apostrophes of its own, with a character a spreadsheet
    /// reads as a formula; the import (<see cref="Imports.CsvSheetReader"/>) takes exactly that one away again.
    /// </summary>
    private static string Defused(string value) => NeedsDefusing(value, 0) ? "'" + value : value;

    /// <summary>True when <paramref name="value"/> holds, from <paramref name="start"/>, apostrophes then <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return.</summary>
    internal static bool NeedsDefusing(string value, int start)
    {
        var i = start;
        while (i < value.Length && value[i] == '\'')
        {
            i++;
        }

        return i < value.Length && value[i] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    private static string Quoted(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
