using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Services.Exports;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// Turns the sheets of a workbook (<see cref="WorkbookLayout"/>) into a network document, row by row as they are read:
/// each sheet a list of entries, each row an entry, each cell a field. Cells are read by what their column holds, the
/// way a person types them: numbers typed as text, dates typed as dates or as YYYY-MM-DD, TRUE/FALSE/yes/no, enum values
/// in any case (<c>shares data</c> is SHARES_DATA), lists separated by <c>;</c>. Whatever cannot be read so is put into
/// the document as it was typed, for the document's checks to name (<see cref="WorkbookProblems"/> turns their paths
/// into cells). Only what the document cannot express is reported here: unknown sheets and headers, missing required
/// columns, values without a header, error cells (#N/A), numbers in a date column that are no date.
/// </summary>
public static class WorkbookDocumentBuilder
{
    /// <summary>Builds the document; <paramref name="maxBytes"/> bounds its size (past it the file is refused).</summary>
    public static WorkbookDocument Build(IEnumerable<SourceSheet> sheets, int maxProblems, long maxBytes, CancellationToken cancellationToken)
    {
        var state = new BuildState(maxProblems);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", NetworkFormat.FormatId);
            foreach (var sheet in sheets)
            {
                ReadSheet(sheet, json, buffer, state, maxBytes, cancellationToken);
            }

            json.WriteEndObject();
        }

        return new WorkbookDocument(
            state.Blocking ? ReadOnlyMemory<byte>.Empty : buffer.WrittenMemory,
            state.Sheets, state.Problems, state.ProblemCount, state.Blocking, state.Reported, state.Ignored, state.Ids);
    }

    /// <summary>The layout's sheet a name stands for (any case; singular, plural and British spellings), or null.</summary>
    public static WorkbookKind? KindOf(string sheetName)
    {
        var name = Normalized(sheetName);
        return WorkbookLayout.Kinds.FirstOrDefault(k => SheetNames(k).Contains(name));
    }

    private static IEnumerable<string> SheetNames(WorkbookKind kind)
    {
        var plural = Normalized(kind.Sheet);
        yield return plural;
        yield return plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y" : plural.TrimEnd('s');
        switch (kind.Property)
        {
            case "organizations":
                yield return "organisations";
                yield return "organisation";
                break;
            case "people":
                yield return "person";
                yield return "persons";
                break;
        }
    }

    private static void ReadSheet(SourceSheet sheet, Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, BuildState state, long maxBytes, CancellationToken cancellationToken)
    {
        if (KindOf(sheet.Name) is not { } kind)
        {
            var known = WorkbookLayout.Kinds.Select(k => k.Sheet).ToList();
            if (Suggestions.Closest(sheet.Name, known) is { } near)
            {
                state.AddBlocking(new WorkbookProblem(sheet.Name, null, null, null, WorkbookProblemCodes.UnknownSheet,
                    $"{WorkbookProblem.Location(sheet.Name, null, null)}: the import reads no sheet of this name; did you mean {near}? The sheets it reads are {string.Join(", ", known)}; rename the sheet, or rename it to something else to leave it out."));
            }
            else
            {
                state.Ignored.Add(sheet.Name);
            }

            return;
        }

        if (state.Sheets.TryGetValue(kind.Property, out var first))
        {
            state.AddBlocking(new WorkbookProblem(sheet.Name, null, null, null, WorkbookProblemCodes.DuplicateSheet,
                $"{WorkbookProblem.Location(sheet.Name, null, null)}: sheet '{first.Name}' already holds the {kind.Sheet}; put them on one sheet."));
            return;
        }

        var map = new SheetMap(sheet.Name, kind, state.Sheets.Count);
        state.Sheets[kind.Property] = map;
        using var rows = sheet.Rows.GetEnumerator();
        SourceRow? header = null;
        while (rows.MoveNext())
        {
            if (rows.Current.Cells.Any(c => c is not null))
            {
                header = rows.Current;
                break;
            }
        }

        if (header is null)
        {
            return; // an empty sheet: no entries of this kind
        }

        var fields = ReadHeader(sheet.Name, kind, header, map, state);
        if (fields is null)
        {
            return;
        }

        var nodeKind = NodeKindOf(kind);
        var ids = nodeKind is { } k ? state.IdsOf(k) : null;
        var unheaded = new HashSet<int>();
        json.WritePropertyName(kind.Property);
        if (!kind.Single)
        {
            json.WriteStartArray();
        }

        var written = 0;
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (!row.Cells.Any(c => c is not null))
            {
                continue;
            }

            if (kind.Single && written == 1)
            {
                state.Add(new WorkbookProblem(sheet.Name, row.Number, null, null, WorkbookProblemCodes.TooManyRows,
                    $"{WorkbookProblem.Location(sheet.Name, row.Number, null)}: the {kind.Sheet} sheet holds one row (the initiative); this is a second one. Delete it."));
                continue;
            }

            var entryPath = kind.Single ? $"$.{kind.Property}" : $"$.{kind.Property}[{map.Rows.Count}]";
            map.Rows.Add(row.Number);
            WriteEntry(json, sheet.Name, entryPath, row, fields, unheaded, ids, state);
            written++;
            if (written % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (buffer.WrittenCount > maxBytes)
                {
                    throw new WorkbookFormatException($"The file makes a network document larger than this service imports ({maxBytes / (1024 * 1024)} MiB, Limits:MaxImportRequestBytes); split it and import the parts with MERGE.");
                }
            }
        }

        if (kind.Single && written == 0)
        {
            json.WriteNullValue();
        }
        else if (!kind.Single)
        {
            json.WriteEndArray();
        }
    }

    /// <summary>The field of each column (null for one without a header), or null when the header has problems.</summary>
    private static WorkbookField?[]? ReadHeader(string sheet, WorkbookKind kind, SourceRow header, SheetMap map, BuildState state)
    {
        var fields = new WorkbookField?[header.Cells.Count];
        var problems = 0;
        for (var c = 0; c < header.Cells.Count; c++)
        {
            if (header.Cells[c] is not { } cell)
            {
                continue;
            }

            var text = Text(cell).Trim();
            var field = kind.Fields.FirstOrDefault(f => Matches(f, text));
            var cellName = XlsxWorkbookWriter.ColumnName(c) + header.Number.ToString(CultureInfo.InvariantCulture);
            if (field is null)
            {
                var near = Suggestions.Closest(text, kind.Fields.Select(f => f.Header));
                state.AddBlocking(new WorkbookProblem(sheet, header.Number, text, cellName, WorkbookProblemCodes.UnknownColumn,
                    $"{WorkbookProblem.Location(sheet, header.Number, cellName)}: the {kind.Sheet} sheet has no column '{text}'{(near is null ? "." : $"; did you mean {near}?")} Its columns are {string.Join(", ", kind.Fields.Select(f => f.Header))}."));
                problems++;
            }
            else if (map.Columns.TryGetValue(field.Property, out var before))
            {
                state.AddBlocking(new WorkbookProblem(sheet, header.Number, text, cellName, WorkbookProblemCodes.DuplicateColumn,
                    $"{WorkbookProblem.Location(sheet, header.Number, cellName)}: column {XlsxWorkbookWriter.ColumnName(before)} is already {field.Header}; keep one of them."));
                problems++;
            }
            else
            {
                map.Columns[field.Property] = c;
                fields[c] = field;
            }
        }

        foreach (var missing in kind.Fields.Where(f => f.Required && !map.Columns.ContainsKey(f.Property)))
        {
            state.AddBlocking(new WorkbookProblem(sheet, header.Number, missing.Header, null, WorkbookProblemCodes.MissingColumn,
                $"{WorkbookProblem.Location(sheet, header.Number, null)}: the header has no {missing.Header} column, which the {kind.Sheet} sheet needs on every row. (The header row is the sheet's first row that is not empty.)"));
            problems++;
        }

        return problems == 0 ? fields : null;
    }

    private static bool Matches(WorkbookField field, string header)
    {
        var name = Normalized(header);
        return name == Normalized(field.Header) || name == Normalized(field.Property)
            || (field.Aliases?.Any(a => Normalized(a) == name) ?? false);
    }

    private static void WriteEntry(
        Utf8JsonWriter json, string sheet, string entryPath, SourceRow row, WorkbookField?[] fields, HashSet<int> unheaded, List<string>? ids, BuildState state)
    {
        json.WriteStartObject();
        List<(WorkbookField Field, object Value)>? nested = null;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (row.Cells[c] is not { } value)
            {
                continue;
            }

            var field = c < fields.Length ? fields[c] : null;
            var cellName = XlsxWorkbookWriter.ColumnName(c) + row.Number.ToString(CultureInfo.InvariantCulture);
            if (field is null)
            {
                if (unheaded.Add(c))
                {
                    state.Add(new WorkbookProblem(sheet, row.Number, null, cellName, WorkbookProblemCodes.ValueWithoutHeader,
                        $"{WorkbookProblem.Location(sheet, row.Number, cellName)}: '{Shortened(Text(value))}' is in column {XlsxWorkbookWriter.ColumnName(c)}, which has no header; give the column one of the sheet's headers, or clear it (only the first such cell of a column is reported)."));
                }

                continue;
            }

            if (value is CellError error)
            {
                state.Add(new WorkbookProblem(sheet, row.Number, field.Header, cellName, WorkbookProblemCodes.CellError,
                    $"{WorkbookProblem.Location(sheet, row.Number, cellName)}: {field.Header} holds the spreadsheet error {error.Text}; fix the formula or type the value."));
                state.Reported.Add($"{entryPath}.{field.Property}");
                continue;
            }

            if (field.Property.Contains('.', StringComparison.Ordinal))
            {
                (nested ??= []).Add((field, value));
                continue;
            }

            if (field.Property == "id" && ids is not null)
            {
                ids.Add(Text(value).Trim());
            }

            json.WritePropertyName(field.Property);
            WriteValue(json, field, value);
        }

        if (nested is not null)
        {
            foreach (var group in nested.GroupBy(n => n.Field.Property[..n.Field.Property.IndexOf('.', StringComparison.Ordinal)]))
            {
                json.WriteStartObject(group.Key);
                foreach (var (field, value) in group)
                {
                    json.WritePropertyName(field.Property[(group.Key.Length + 1)..]);
                    WriteValue(json, field, value);
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, WorkbookField field, object value)
    {
        switch (field.Kind, value)
        {
            case (CellKind.Number, double number):
                json.WriteNumberValue(number);
                break;
            case (CellKind.Number, string text) when double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed):
                json.WriteNumberValue(parsed);
                break;
            case (CellKind.Date, double serial):
                if (DateOf(serial) is { } date)
                {
                    json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                else
                {
                    // A number that is no spreadsheet date: left to the document's checks, which name it as not a date.
                    json.WriteStringValue(serial.ToString("R", CultureInfo.InvariantCulture));
                }

                break;
            case (CellKind.Date, string text):
                json.WriteStringValue(DatePart(text.Trim()));
                break;
            case (CellKind.Flag, bool flag):
                json.WriteBooleanValue(flag);
                break;
            case (CellKind.Flag, string text) when FlagOf(text) is { } flag:
                json.WriteBooleanValue(flag);
                break;
            case (CellKind.Flag, double number) when number is 0 or 1:
                json.WriteBooleanValue(number == 1);
                break;
            case (CellKind.Enum, _):
                var spelled = Text(value).Trim();
                json.WriteStringValue(field.Allowed?.FirstOrDefault(a => a == Constant(spelled)) ?? spelled);
                break;
            case (CellKind.List, _):
                json.WriteStartArray();
                foreach (var item in Text(value).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            case (CellKind.Text, _):
                var textValue = Text(value);
                json.WriteStringValue(field.Property is "id" || field.References is not null || field.Property is "from" or "to" ? textValue.Trim() : textValue);
                break;
            case (_, string text):
                json.WriteStringValue(text);
                break;
            case (_, bool flag):
                json.WriteBooleanValue(flag);
                break;
            case (_, double number):
                json.WriteNumberValue(number);
                break;
            default:
                json.WriteStringValue(Text(value));
                break;
        }

    }

    /// <summary>A spreadsheet's date serial (days since 1899-12-30, the time of day ignored), or null when it is none.</summary>
    internal static DateOnly? DateOf(double serial) =>
        serial is >= 1 and < 2958466 ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))) : null;

    /// <summary><c>2024-03-01T00:00:00</c> or <c>2024-03-01 09:30</c> → <c>2024-03-01</c>: a date and time read as its date.</summary>
    internal static string DatePart(string text) =>
        text.Length > 10 && text[10] is 'T' or ' ' && NetworkFormat.TryParseDate(text[..10], out _) ? text[..10] : text;

    internal static bool? FlagOf(string text) => text.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "Y" or "1" => true,
        "FALSE" or "NO" or "N" or "0" => false,
        _ => null,
    };

    /// <summary><c>shares data</c>, <c>Shares-Data</c> → <c>SHARES_DATA</c>.</summary>
    internal static string Constant(string text) => text.ToUpperInvariant().Replace(' ', '_').Replace('-', '_');

    /// <summary>A cell as text: a number in the shortest form that reads back the same, a flag TRUE/FALSE.</summary>
    internal static string Text(object value) => value switch
    {
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        CellError error => error.Text,
        _ => value.ToString() ?? string.Empty,
    };

    internal static string Shortened(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>Lower-case letters and digits only: "Community-led" and "communityLed" are the same header.</summary>
    internal static string Normalized(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static NodeKind? NodeKindOf(WorkbookKind kind) => kind.Property switch
    {
        "goals" => NodeKind.Goal,
        "indicators" => NodeKind.Indicator,
        "organizations" => NodeKind.Organization,
        "people" => NodeKind.Person,
        "activities" => NodeKind.Activity,
        "initiative" => NodeKind.Initiative,
        _ => null,
    };

    private sealed class BuildState(int maxProblems)
    {
        public List<WorkbookProblem> Problems { get; } = [];

        public int ProblemCount { get; private set; }

        public Dictionary<string, SheetMap> Sheets { get; } = [];

        public List<string> Ignored { get; } = [];

        public Dictionary<NodeKind, List<string>> Ids { get; } = [];

        public List<string> IdsOf(NodeKind kind) => Ids.TryGetValue(kind, out var list) ? list : Ids[kind] = [];

        /// <summary>A header or sheet is wrong: the rows are not checked (their problems would be noise).</summary>
        public bool Blocking { get; private set; }

        /// <summary>The document paths of cells reported here, whose problems the document's checks must not repeat.</summary>
        public HashSet<string> Reported { get; } = [];

        public void AddBlocking(WorkbookProblem problem)
        {
            Blocking = true;
            Add(problem);
        }

        public void Add(WorkbookProblem problem)
        {
            ProblemCount++;
            if (Problems.Count < maxProblems)
            {
                Problems.Add(problem);
            }
        }
    }
}
