namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// A problem with an uploaded workbook, named as a spreadsheet user finds it: the sheet, the row and column (with the
/// column's header), the cell (<c>C15</c>), a stable code, and a sentence that begins with where
/// (<c>Organizations!C15: Sector 'Helth' is not one of NONPROFIT, …; did you mean HEALTH?</c>). A problem with a whole
/// sheet has no row; one with the whole file has no sheet. A problem the network document's checks found keeps its
/// path into the document built from the workbook (<c>$.organizations[13].sector</c>; docs/format).
/// </summary>
public sealed record WorkbookProblem(string? Sheet, int? Row, string? Column, string? Cell, string Code, string Message, string? Path = null)
{
    /// <summary>Where, as a spreadsheet writes a reference: <c>Organizations!C15</c>, <c>Ties row 12</c>, <c>Goals</c>.</summary>
    public static string Location(string? sheet, int? row, string? cell) =>
        sheet is null ? "The file"
        : cell is not null ? $"{Quoted(sheet)}!{cell}"
        : row is not null ? $"{sheet} row {row}"
        : sheet;

    /// <summary>A sheet name as a formula spells it: quoted when it holds anything but letters, digits and _.</summary>
    private static string Quoted(string sheet) =>
        sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";
}

/// <summary>Codes of the problems only a workbook can have (the document's own codes are in docs/format).</summary>
public static class WorkbookProblemCodes
{
    /// <summary>The file is not a workbook, zip of CSV files, CSV file or network document, or cannot be read.</summary>
    public const string UnreadableFile = "UNREADABLE_FILE";

    /// <summary>A sheet whose name is close to one the import reads, but not it (a typo).</summary>
    public const string UnknownSheet = "UNKNOWN_SHEET";

    /// <summary>Two sheets of one kind (Organizations and organisations).</summary>
    public const string DuplicateSheet = "DUPLICATE_SHEET";

    /// <summary>A header the sheet does not have.</summary>
    public const string UnknownColumn = "UNKNOWN_COLUMN";

    /// <summary>Two columns with the same header.</summary>
    public const string DuplicateColumn = "DUPLICATE_COLUMN";

    /// <summary>A sheet without a column the format requires (ID, Name, …).</summary>
    public const string MissingColumn = "MISSING_COLUMN";

    /// <summary>A value in a column that has no header.</summary>
    public const string ValueWithoutHeader = "VALUE_WITHOUT_HEADER";

    /// <summary>A cell holding a spreadsheet error (#N/A, #REF!).</summary>
    public const string CellError = "CELL_ERROR";

    /// <summary>More than one row on the Initiative sheet.</summary>
    public const string TooManyRows = "TOO_MANY_ROWS";
}
