using System.IO.Compression;
using System.Text;
using Sylvan.Data.Csv;

namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// Reads sheets from CSV files with Sylvan.Data.Csv (streaming, RFC 4180 quoting, the delimiter detected from the
/// header row, so a spreadsheet's semicolon- or tab-separated export reads too): one file is one sheet, named after
/// it; a zip holds one file per sheet. Every cell is text: the sheet's layout says which are numbers, dates or flags.
/// A cell whose leading apostrophes lead to <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return loses
/// one of them (how this service's CSV files defuse formulas, <see cref="Exports.CsvTableWriter"/>).
/// </summary>
public static class CsvSheetReader
{
    /// <summary>One CSV file as the sheet <paramref name="name"/>.</summary>
    public static SourceSheet Read(Stream file, string name, CancellationToken cancellationToken) =>
        new(name, Rows(() => file, leaveOpen: true, cancellationToken));

    /// <summary>
    /// The CSV files of a zip, in its order, each a sheet named after the file (<c>Organizations.csv</c> →
    /// Organizations); folders and files that are not .csv are left out.
    /// </summary>
    public static IReadOnlyList<SourceSheet> ReadZip(ZipArchive zip, CancellationToken cancellationToken) =>
    [
        .. zip.Entries
            .Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
            .Select(e => new SourceSheet(Path.GetFileNameWithoutExtension(e.Name), Rows(e.Open, leaveOpen: false, cancellationToken))),
    ];

    private static IEnumerable<SourceRow> Rows(Func<Stream> open, bool leaveOpen, CancellationToken cancellationToken)
    {
        var stream = open();
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65536, leaveOpen);
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false, ResultSetMode = ResultSetMode.SingleResult, MaxBufferSize = MaxFieldChars });
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidDataException or CsvRecordTooLargeException)
        {
            throw new WorkbookFormatException($"The CSV file could not be read: {ex.Message}", ex);
        }

        using (csv)
        {
            var number = 0;
            while (true)
            {
                try
                {
                    if (!csv.Read())
                    {
                        break;
                    }
                }
                catch (Exception ex) when (ex is CsvFormatException or InvalidDataException or CsvRecordTooLargeException)
                {
                    throw new WorkbookFormatException($"Row {number + 1} of the CSV file could not be read: {ex.Message}", ex);
                }

                if (++number % 1024 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var count = Math.Min(csv.RowFieldCount, XlsxSheetReader.MaxColumns);
                var cells = new object?[count];
                for (var i = 0; i < count; i++)
                {
                    var value = csv.GetString(i);
                    cells[i] = value.Length == 0 ? null : Undefused(value);
                }

                yield return new SourceRow(number, cells);
            }
        }
    }

    /// <summary>A row (its quoted fields included) may be at most this long: the reader's buffer grows to it, no further.</summary>
    internal const int MaxFieldChars = 4 * 1024 * 1024;

    /// <summary>The writer's defusing undone: one leading <c>'</c> taken from apostrophes that lead to a formula character.</summary>
    private static string Undefused(string value) =>
        value.Length > 1 && value[0] == '\'' && Exports.CsvTableWriter.NeedsDefusing(value, 1) ? value[1..] : value;
}
