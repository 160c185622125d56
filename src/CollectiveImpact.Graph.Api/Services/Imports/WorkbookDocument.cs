using CollectiveImpact.Graph.Api.Services.Exports;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// A workbook turned into a network document (<see cref="WorkbookDocumentBuilder"/>): the document's JSON, where each
/// entry and field came from (so the document's problems can be named by cell), the problems only the workbook could
/// have, what each sheet held, and the sheets left aside.
/// </summary>
public sealed class WorkbookDocument
{
    internal WorkbookDocument(
        ReadOnlyMemory<byte> json,
        IReadOnlyDictionary<string, SheetMap> sheets,
        IReadOnlyList<WorkbookProblem> problems,
        int problemCount,
        bool blocking,
        IReadOnlySet<string> reported,
        IReadOnlyList<string> ignoredSheets,
        IReadOnlyDictionary<NodeKind, List<string>> ids,
        IReadOnlyList<WorkbookProblem>? notes = null,
        string layout = "network")
    {
        Notes = notes ?? [];
        Layout = layout;
        Json = json;
        SheetsByProperty = sheets;
        Problems = problems;
        ProblemCount = problemCount;
        Blocking = blocking;
        Reported = reported;
        IgnoredSheets = ignoredSheets;
        Ids = ids;
    }

    /// <summary>
    /// True when a sheet or header is wrong: the rows were not turned into a document (<see cref="Json"/> is empty),
    /// since every row's problems would follow from it. Fix the headers, then the rows are checked.
    /// </summary>
    public bool Blocking { get; }

    /// <summary>The document paths of the cells <see cref="Problems"/> names; the document's checks do not repeat them.</summary>
    internal IReadOnlySet<string> Reported { get; }

    /// <summary>The network document (empty when <see cref="Blocking"/>).</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>The workbook's own problems (headers, error cells, dates that are no dates): the first few, all counted.</summary>
    public IReadOnlyList<WorkbookProblem> Problems { get; }

    public int ProblemCount { get; }

    /// <summary>The layout read: <c>network</c> (the network workbook) or <c>kumu</c> (a Kumu export).</summary>
    public string Layout { get; }

    /// <summary>What was read but could not be mapped, and why (a Kumu map's rows of unknown types, …); not problems.</summary>
    public IReadOnlyList<WorkbookProblem> Notes { get; }

    /// <summary>Sheets whose names are not the layout's, left aside (a "Read me" sheet, notes).</summary>
    public IReadOnlyList<string> IgnoredSheets { get; }

    /// <summary>The sheets read, in the file's order, with how many entries each gave.</summary>
    public IEnumerable<WorkbookSheetRead> Sheets =>
        SheetsByProperty.Values.OrderBy(s => s.Order).Select(s => new WorkbookSheetRead(s.Name, s.Kind.Sheet, s.Rows.Count));

    /// <summary>The IDs given on each sheet of nodes, for "did you mean" on a reference that names none.</summary>
    internal IReadOnlyDictionary<NodeKind, List<string>> Ids { get; }

    /// <summary>The sheets read, by the document property they became (<c>organizations</c>).</summary>
    internal IReadOnlyDictionary<string, SheetMap> SheetsByProperty { get; }
}

/// <summary>A sheet read: its name in the file, the layout's sheet it was read as, and how many entries it gave.</summary>
public sealed record WorkbookSheetRead(string Name, string ReadAs, int Entries);

/// <summary>Where a sheet's entries came from: its name in the file, its layout, each entry's row, each field's column.</summary>
internal sealed class SheetMap(string name, WorkbookKind kind, int order)
{
    public string Name { get; } = name;

    public WorkbookKind Kind { get; } = kind;

    public int Order { get; } = order;

    /// <summary>The row of the sheet each entry came from, by the entry's index in the document.</summary>
    public List<int> Rows { get; } = [];

    /// <summary>The zero-based column of each field (<c>sector</c>, <c>baseline.value</c>) the sheet has.</summary>
    public Dictionary<string, int> Columns { get; } = [];
}
