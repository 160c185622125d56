using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// Writes a <see cref="FindingsTable"/> as an Excel workbook of one sheet, named after the table: a bold header row,
/// frozen; numbers as numbers, booleans as TRUE/FALSE, text as inline strings. Rows are streamed with the Open XML
/// SDK's <see cref="OpenXmlWriter"/>, so a large table never sits in memory as a document tree.
/// </summary>
public static class XlsxTableWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be seekable (a zip package is written).</summary>
    public static void Write(Stream output, FindingsTable table)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();

        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetViews());
            writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
            writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, table.Columns.Cast<object?>().ToList(), header: true);
            var rowIndex = 2u;
            foreach (var row in table.Rows)
            {
                WriteRow(writer, rowIndex++, row, header: false);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = table.Name }));
        workbook.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, IReadOnlyList<object?> cells, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            var cell = cells[c] switch
            {
                null => null,
                double number => new Cell { CellReference = reference, CellValue = new CellValue(number) },
                int number => new Cell { CellReference = reference, CellValue = new CellValue(number) },
                // A boolean cell holds 1 or 0 (ECMA-376 Part 1, 18.18.11), which spreadsheets show as TRUE or FALSE.
                bool flag => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
                var text => new Cell(new InlineString(new Text(text.ToString() ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                },
            };
            if (cell is not null)
            {
                if (header)
                {
                    cell.StyleIndex = 1;
                }

                writer.WriteElement(cell);
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>A, B, …, Z, AA, AB, …: the column letters of a zero-based column index.</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    // Style 0: the default; style 1: bold (the header row).
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
