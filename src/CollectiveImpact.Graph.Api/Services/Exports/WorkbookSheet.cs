namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// One sheet of a workbook (<see cref="XlsxWorkbookWriter"/>): a name, its columns and rows of cells, each a string, a
/// number (<see cref="double"/> or <see cref="int"/>), a <see cref="bool"/>, a <see cref="DateOnly"/>, or null (empty).
/// The rows are read once, as the sheet is written: a lazy sequence keeps a large sheet out of memory.
/// </summary>
public sealed record WorkbookSheet(string Name, IReadOnlyList<WorkbookColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>A column: its header, and the values a cell may take when they are few (offered as a drop-down list).</summary>
public sealed record WorkbookColumn(string Header, IReadOnlyList<string>? Allowed = null);
