using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CollectiveImpact.Graph.Api.Tests.Imports;

/// <summary>
/// Writes a workbook the way Excel saves one, unlike the service's own writer: text in the shared strings table (some
/// as rich text runs, one with a phonetic guide), dates as date serials with a date style, flags as boolean cells,
/// numbers typed as text, error cells, and cells without a reference. Each cell is a string, double, bool,
/// <see cref="DateOnly"/>, <see cref="ExcelError"/>, <see cref="RichText"/> or null.
/// </summary>
internal static class ExcelLikeWorkbook
{
    public sealed record ExcelError(string Text);

    public sealed record RichText(params string[] Runs);

    public static byte[] Create(params (string Sheet, object?[][] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var entries = workbook.Workbook.AppendChild(new Sheets());
            var index = 0u;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c] is not { } value)
                        {
                            continue;
                        }

                        var cell = Cell(value, strings.SharedStringTable);
                        // Excel writes references; some writers (and this one, for every third cell) leave them out.
                        if ((r + c) % 3 != 0 || HasGapBefore(rows[r], c))
                        {
                            cell.CellReference = $"{Column(c)}{r + 1}";
                        }

                        row.AppendChild(cell);
                    }

                    data.AppendChild(row);
                }

                part.Worksheet = new Worksheet(data);
                entries.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++index, Name = name });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A cell without a reference is read as the one after the previous: only possible where none is skipped.</summary>
    private static bool HasGapBefore(object?[] row, int column) => column > 0 && row[column - 1] is null;

    private static Cell Cell(object value, SharedStringTable strings) => value switch
    {
        string text => Shared(strings, new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }, new PhoneticRun(new Text("ignored")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 })),
        RichText rich => Shared(strings, new SharedStringItem(rich.Runs.Select(r => new Run(new Text(r) { Space = SpaceProcessingModeValues.Preserve })))),
        double number => new Cell { CellValue = new CellValue(number) },
        int number => new Cell { CellValue = new CellValue(number) },
        bool flag => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
        DateOnly date => new Cell { StyleIndex = 1, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()) },
        ExcelError error => new Cell { DataType = CellValues.Error, CellValue = new CellValue(error.Text), CellFormula = new CellFormula("VLOOKUP(A1,Z:Z,2,FALSE)") },
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name),
    };

    private static Cell Shared(SharedStringTable strings, SharedStringItem item)
    {
        strings.AppendChild(item);
        return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(strings.ChildElements.Count - 1) };
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";
}
