using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// Reads the sheets of an Excel workbook (.xlsx) with the Open XML SDK: each worksheet streamed row by row with
/// <see cref="OpenXmlReader"/> (one row in memory at a time), the shared strings read once. A cell's value is what
/// the spreadsheet last computed: text, a number (a date is a number: the column says it is a date), TRUE/FALSE, or
/// an error such as <c>#N/A</c>.
/// </summary>
public static class XlsxSheetReader
{
    /// <summary>
    /// The workbook's sheets in their order. <paramref name="maxChars"/> bounds the text read from the shared strings
    /// (a small file can unzip to gigabytes); past it the file is refused.
    /// </summary>
    public static IReadOnlyList<SourceSheet> Read(SpreadsheetDocument document, long maxChars, CancellationToken cancellationToken)
    {
        var workbook = document.WorkbookPart ?? throw new WorkbookFormatException("The file is a zip package but holds no Excel workbook (no xl/workbook.xml).");
        var shared = workbook.SharedStringTablePart is { } part ? SharedStrings(part, maxChars, cancellationToken) : [];
        var sheets = new List<SourceSheet>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var sheetPart) && sheetPart is WorksheetPart worksheet)
            {
                sheets.Add(new SourceSheet(sheet.Name?.Value ?? string.Empty, Rows(worksheet, shared, cancellationToken)));
            }
        }

        return sheets;
    }

    private static List<string> SharedStrings(SharedStringTablePart part, long maxChars, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        var chars = 0L;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var text = TextOf((SharedStringItem)reader.LoadCurrentElement()!);
                chars += text.Length;
                if (chars > maxChars)
                {
                    throw new WorkbookFormatException($"The workbook's text is larger than this service reads ({maxChars:N0} characters); split it, or import the sheets as CSV files in parts.");
                }

                strings.Add(text);
                if (strings.Count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        return strings;
    }

    /// <summary>
    /// The rows, streamed element by element: a row's cells are read one by one, never loaded as one tree, so a row
    /// with a million cells costs no more than the <see cref="MaxColumns"/> kept.
    /// </summary>
    private static IEnumerable<SourceRow> Rows(WorksheetPart part, List<string> shared, CancellationToken cancellationToken)
    {
        using var reader = OpenXmlReader.Create(part);
        var previous = 0;
        List<object?>? cells = null;
        PendingCell? cell = null;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    previous = Attribute(reader, "r") is { } r && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index > 0 ? index : previous + 1;
                    cells = [];
                    cell = null;
                    if (previous % 1024 == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }
                else if (cells is not null)
                {
                    Store(cells, cell, shared);
                    yield return new SourceRow(previous, cells);
                    cells = null;
                    cell = null;
                }
            }
            else if (cells is null)
            {
                continue;
            }
            else if (type == typeof(Cell) && reader.IsStartElement)
            {
                Store(cells, cell, shared);
                var column = Attribute(reader, "r") is { } reference ? ColumnIndex(reference) : (cell?.Column ?? -1) + 1;
                cell = new PendingCell(column, Attribute(reader, "t"));
            }
            else if (cell is not null && reader.IsStartElement && (type == typeof(CellValue) || (type == typeof(Text) && cell.Phonetic == 0)))
            {
                cell.Append(reader.GetText(), inline: type == typeof(Text));
            }
            else if (cell is not null && type == typeof(PhoneticRun))
            {
                cell.Phonetic += reader.IsStartElement ? 1 : -1;
            }
        }
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == name && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private static void Store(List<object?> cells, PendingCell? cell, List<string> shared)
    {
        if (cell is null || cell.Column < 0 || cell.Column >= MaxColumns)
        {
            return;
        }

        while (cells.Count <= cell.Column)
        {
            cells.Add(null);
        }

        cells[cell.Column] = ValueOf(cell, shared);
    }

    /// <summary>A cell being read: its column, type (<c>t</c>), value (<c>v</c>) and inline text (<c>is</c>).</summary>
    private sealed class PendingCell(int column, string? type)
    {
        private System.Text.StringBuilder? inline;

        public int Column { get; } = column;

        public string? Type { get; } = type;

        public string? Raw { get; private set; }

        public string? Inline => inline?.ToString();

        /// <summary>How deep inside a phonetic guide (<c>rPh</c>) the reader is: its text is not the cell's.</summary>
        public int Phonetic { get; set; }

        public void Append(string text, bool inline)
        {
            if (inline)
            {
                (this.inline ??= new()).Append(text);
            }
            else
            {
                Raw = text;
            }
        }
    }

    /// <summary>Columns past this (XFD is 16,384) are not read: no sheet of the layout comes near it.</summary>
    internal const int MaxColumns = 256;

    private static object? ValueOf(PendingCell cell, List<string> shared)
    {
        var type = cell.Type;
        if (type == "inlineStr")
        {
            return Empty(cell.Inline ?? string.Empty);
        }

        if (cell.Raw is not { } raw)
        {
            return null;
        }

        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count
                    ? Empty(shared[index])
                    : new CellError($"(shared string {raw} is missing)");
            case "b":
                return raw == "1" || raw.Equals("true", StringComparison.OrdinalIgnoreCase);
            case "e":
                return new CellError(raw);
            case "str" or "d":
                return Empty(raw);
            default:
                return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : Empty(raw);
        }
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    /// <summary>A rich or plain string's text: its own text, or its runs' (phonetic guides left out).</summary>
    private static string TextOf(OpenXmlCompositeElement item)
    {
        if (item.GetFirstChild<Text>() is { } text)
        {
            return text.Text;
        }

        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    /// <summary>The zero-based column of a reference such as <c>AB12</c>; -1 when it has no letters.</summary>
    internal static int ColumnIndex(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
                if (++letters > 3)
                {
                    return -1;
                }
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? -1 : column - 1;
    }
}
