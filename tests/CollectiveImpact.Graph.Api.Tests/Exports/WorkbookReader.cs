using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace CollectiveImpact.Graph.Api.Tests.Exports;

/// <summary>A cell read back: its text (empty when none), and its value as a number, a date or a flag where it is one.</summary>
public sealed record CellRead(string Text, double? Number, DateOnly? Date, bool? Flag);

/// <summary>
/// Reads an exported workbook back with the Open XML SDK, after its schema validation (Office 2019 rules: what Excel
/// would refuse or repair): each sheet's rows, header included, each cell by its column letter.
/// </summary>
public static class WorkbookReader
{
    public static Dictionary<string, List<CellRead[]>> Read(byte[] bytes)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var dateStyles = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>()
            .Select((format, index) => (format, index)).Where(x => x.format.NumberFormatId?.Value == 164).Select(x => (uint)x.index).ToHashSet();
        var sheets = new Dictionary<string, List<CellRead[]>>();
        foreach (var sheet in workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var rows = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
            var width = rows[0].Elements<Cell>().Count();
            sheets.Add(sheet.Name!, [.. rows.Select(row => Cells(row, width, dateStyles))]);
        }

        return sheets;
    }

    private static CellRead[] Cells(Row row, int width, HashSet<uint> dateStyles)
    {
        var cells = Enumerable.Repeat(new CellRead(string.Empty, null, null, null), width).ToArray();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, letter) => (n * 26) + (letter - 'A' + 1)) - 1;
            cells[column] = cell.DataType?.Value == CellValues.InlineString
                ? new CellRead(cell.InlineString!.Text!.Text, null, null, null)
                : cell.DataType?.Value == CellValues.Boolean
                    ? new CellRead(cell.CellValue!.Text == "1" ? "true" : "false", null, null, cell.CellValue.Text == "1")
                    : dateStyles.Contains(cell.StyleIndex?.Value ?? 0)
                        ? new CellRead(cell.CellValue!.Text, null, DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture))), null)
                        : new CellRead(cell.CellValue!.Text, double.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture), null, null);
        }

        return cells;
    }
}
