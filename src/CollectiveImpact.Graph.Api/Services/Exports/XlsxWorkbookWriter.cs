using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// Writes Excel workbooks: each sheet with a bold header row, frozen; numbers as numbers, booleans as TRUE/FALSE, dates
/// as dates shown YYYY-MM-DD, text as inline strings, and a drop-down list on a column whose values are few. Rows are
/// streamed with the Open XML SDK's <see cref="OpenXmlWriter"/>, so a large sheet never sits in memory as a document
/// tree.
/// </summary>
public static class XlsxWorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A findings table as a sheet named after it.</summary>
    public static WorkbookSheet Sheet(FindingsTable table) =>
        new(table.Name, [.. table.Columns.Select(c => new WorkbookColumn(c))], table.Rows);

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be seekable (a zip package is written).</summary>
    public static void Write(Stream output, IReadOnlyList<WorkbookSheet> sheets, CancellationToken cancellationToken = default)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var entries = new Sheets();
        for (var index = 0; index < sheets.Count; index++)
        {
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(sheetPart, sheets[index], cancellationToken);
            entries.AppendChild(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = (uint)index + 1, Name = sheets[index].Name });
        }

        workbook.Workbook.AppendChild(entries);
        workbook.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, WorkbookSheet sheet, CancellationToken cancellationToken)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, [.. sheet.Columns.Select(c => (object?)c.Header)], header: true);
        var rowIndex = 2u;
        foreach (var row in sheet.Rows)
        {
            ExportDeadline.CheckEvery((int)rowIndex, cancellationToken);
            WriteRow(writer, rowIndex++, row, header: false);
        }

        writer.WriteEndElement();
        var lists = sheet.Columns.Select((column, index) => (column, index)).Where(c => c.column.Allowed is { Count: > 0 }).ToList();
        if (lists.Count > 0)
        {
            writer.WriteStartElement(new DataValidations { Count = (uint)lists.Count });
            foreach (var (column, index) in lists)
            {
                var letters = ColumnName(index);
                writer.WriteElement(new DataValidation(new Formula1($"\"{string.Join(',', column.Allowed!)}\""))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorTitle = column.Header,
                    Error = $"{column.Header} is one of {string.Join(", ", column.Allowed!)}.",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letters}2:{letters}1048576" },
                });
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
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
                DateOnly date => new Cell { CellReference = reference, StyleIndex = 2, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()) },
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

    // Style 0: the default; style 1: bold (the header row); style 2: a date shown YYYY-MM-DD (number format 164).
    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));
}
