namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// One analysis's findings as a table to paste into a report (<see cref="CsvTableWriter"/>, <see cref="XlsxWorkbookWriter"/>):
/// a name (the sheet's, and the file's), readable column headers, and rows of cells, each a string, a number
/// (<see cref="double"/> or <see cref="int"/>), a <see cref="bool"/>, or null (empty); with the date the network was read
/// as of and its version.
/// </summary>
public sealed record FindingsTable(
    string Name, DateOnly AsOf, long NetworkVersion, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
