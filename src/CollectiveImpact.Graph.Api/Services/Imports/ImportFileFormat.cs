namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>The kinds of file <see cref="FileImporter"/> reads.</summary>
public enum ImportFileFormat
{
    /// <summary>An Excel workbook (.xlsx) in the network workbook's layout.</summary>
    Xlsx,

    /// <summary>A zip of CSV files, one per sheet, named after it (Organizations.csv).</summary>
    Zip,

    /// <summary>One CSV file: one sheet, named by the upload's file name or the <c>sheet</c> parameter.</summary>
    Csv,

    /// <summary>A network document (docs/format), as <c>importNetwork</c> takes it.</summary>
    Json,
}

/// <summary>What a file import did or would do, and how the file was read.</summary>
/// <param name="Format">How the file was read.</param>
/// <param name="Import">What the import did or, for a dry run, would do.</param>
/// <param name="Sheets">The sheets read, with how many entries each gave (empty for a network document).</param>
/// <param name="IgnoredSheets">Sheets left aside because their names are not the layout's (a "Read me" sheet).</param>
/// <param name="Layout">The layout the sheets were read in: <c>network</c> (the network workbook), <c>kumu</c> (a Kumu export) or <c>document</c>.</param>
/// <param name="Notes">Rows, values and columns read but not mapped, each with why (a Kumu export's).</param>
public sealed record FileImportResult(
    ImportFileFormat Format,
    ImportResult Import,
    IReadOnlyList<WorkbookSheetRead> Sheets,
    IReadOnlyList<string> IgnoredSheets,
    string Layout,
    IReadOnlyList<WorkbookProblem> Notes);
