namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// A sheet read from an uploaded file (<see cref="XlsxSheetReader"/>, <see cref="CsvSheetReader"/>): its name and its
/// rows, read once and lazily, so a large sheet is never held whole.
/// </summary>
public sealed record SourceSheet(string Name, IEnumerable<SourceRow> Rows);

/// <summary>
/// One row of a sheet: its number as the spreadsheet shows it (the first row is 1) and its cells by zero-based column,
/// each null (empty), a <see cref="string"/>, a <see cref="double"/>, a <see cref="bool"/> or a <see cref="CellError"/>.
/// </summary>
public sealed record SourceRow(int Number, IReadOnlyList<object?> Cells);

/// <summary>A cell holding a spreadsheet error (<c>#N/A</c>, <c>#REF!</c>), the value of a formula that failed.</summary>
public sealed record CellError(string Text);

/// <summary>The file is not what it claims to be (not a workbook, a broken zip, an unreadable sheet).</summary>
public sealed class WorkbookFormatException(string message, Exception? inner = null) : Exception(message, inner);
