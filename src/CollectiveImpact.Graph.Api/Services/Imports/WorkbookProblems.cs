using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CollectiveImpact.Graph.Api.Services.Exports;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// Names the network document's problems (paths such as <c>$.organizations[13].sector</c>) by the cells they came
/// from (<c>Organizations!C15</c>), in words a spreadsheet user reads: the column's header, the value as typed, what is
/// allowed, and for a typo the nearest allowed value or ID ("did you mean HEALTH?").
/// </summary>
internal sealed partial class WorkbookProblems(WorkbookDocument workbook, Func<NodeKind?, IEnumerable<string>> storedIds)
{
    private JsonDocument? document;

    /// <summary>The document's problems as the workbook's, those at cells already reported by the workbook left out.</summary>
    public IReadOnlyList<WorkbookProblem> Map(IEnumerable<ValidationProblem> problems)
    {
        try
        {
            return [.. problems.Where(p => !workbook.Reported.Contains(p.Path)).Select(Map)];
        }
        finally
        {
            document?.Dispose();
        }
    }

    private WorkbookProblem Map(ValidationProblem problem)
    {
        var message = InWorkbook(problem.Message);
        if (Locate(problem.Path) is not { } at)
        {
            return new WorkbookProblem(null, null, null, null, problem.Code, message, problem.Path);
        }

        var cell = at.Column is { } column ? XlsxWorkbookWriter.ColumnName(column) + at.Row.ToString(CultureInfo.InvariantCulture) : null;
        var location = WorkbookProblem.Location(at.Sheet.Name, at.Row, cell);
        var sentence = at.Field is { } field ? Sentence(problem, field, ValueAt(problem.Path)) : null;
        return new WorkbookProblem(at.Sheet.Name, at.Row, at.Field?.Header, cell, problem.Code, $"{location}: {sentence ?? message}", problem.Path);
    }

    /// <summary>Plain words for the problems a spreadsheet user makes most; null to keep the document's sentence.</summary>
    private string? Sentence(ValidationProblem problem, WorkbookField field, string? value)
    {
        var typed = value is null ? string.Empty : $" '{WorkbookDocumentBuilder.Shortened(value)}'";
        switch (problem.Code)
        {
            case ProblemCodes.InvalidEnum when field.Allowed is { } allowed:
                var near = value is null ? null : Suggestions.Closest(value, allowed);
                return $"{field.Header}{typed} is not one of {string.Join(", ", allowed)}{(near is null ? "." : $"; did you mean {near}?")}";
            case ProblemCodes.InvalidDate:
            case ProblemCodes.InvalidType when field.Kind == CellKind.Date:
                return $"{field.Header}{typed} is not a date; type a date, or text written YYYY-MM-DD (2024-03-01).";
            case ProblemCodes.InvalidType when field.Kind == CellKind.Number:
                return $"{field.Header}{typed} is not a number.";
            case ProblemCodes.InvalidType when field.Kind == CellKind.Flag:
                return $"{field.Header}{typed} is neither TRUE nor FALSE (yes, no, 1 and 0 are read too; empty is FALSE).";
            case ProblemCodes.Required:
            case ProblemCodes.EmptyId:
                return field.Property.Contains('.', StringComparison.Ordinal)
                    ? $"{field.Header} is empty; it is needed when the row gives a {field.Header.Split(' ')[0].ToLowerInvariant()} at all."
                    : $"{field.Header} is empty; every row of this sheet needs one.";
            case ProblemCodes.InvalidWeight:
                return $"{field.Header}{typed} must be a number above 0 (leave it empty for 1).";
            case ProblemCodes.UnknownReference when value is not null:
                var expected = field.References;
                var candidates = expected is { } kind
                    ? (workbook.Ids.TryGetValue(kind, out var ids) ? ids : []).Concat(storedIds(kind))
                    : workbook.Ids.Values.SelectMany(i => i).Concat(storedIds(null));
                var nearest = Suggestions.Closest(value, candidates);
                var message = InWorkbook(problem.Message).TrimEnd('.');
                return nearest is null ? $"{message}." : $"{message}; did you mean '{nearest}'?";
            default:
                return null;
        }
    }

    /// <summary>The document's sentence in the workbook's terms: its paths as cells, "the document" as "the workbook".</summary>
    private string InWorkbook(string message) =>
        EmbeddedPath().Replace(message, m => Describe(m.Value)).Replace("the document", "the workbook", StringComparison.Ordinal);

    /// <summary>The sheet, row, column and field a document path points into, or null for one outside the sheets read.</summary>
    private (SheetMap Sheet, int Row, int? Column, WorkbookField? Field)? Locate(string path)
    {
        var match = DocumentPathPattern().Match(path);
        if (!match.Success || !workbook.SheetsByProperty.TryGetValue(match.Groups["kind"].Value, out var sheet))
        {
            return null;
        }

        var index = match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) : 0;
        if (index >= sheet.Rows.Count)
        {
            return null;
        }

        var property = match.Groups["field"].Value is { Length: > 0 } steps ? steps.TrimStart('.') : null;
        var field = property is null ? null
            : sheet.Kind.Field(property) ?? sheet.Kind.Fields.FirstOrDefault(f => f.Property.StartsWith(property + ".", StringComparison.Ordinal));
        int? column = field is not null && sheet.Columns.TryGetValue(field.Property, out var c) ? c : null;
        return (sheet, sheet.Rows[index], column, field);
    }

    /// <summary>A path in a sentence (<c>at $.ties[3]</c>) as a place in the workbook (<c>at Ties row 5</c>).</summary>
    private string Describe(string path)
    {
        if (Locate(path) is not { } at)
        {
            return path;
        }

        return at.Column is { } column
            ? WorkbookProblem.Location(at.Sheet.Name, at.Row, XlsxWorkbookWriter.ColumnName(column) + at.Row.ToString(CultureInfo.InvariantCulture))
            : WorkbookProblem.Location(at.Sheet.Name, at.Row, null);
    }

    /// <summary>The value at a document path as text, or null (read from the document built, once, only when needed).</summary>
    private string? ValueAt(string path)
    {
        document ??= JsonDocument.Parse(workbook.Json);
        var element = document.RootElement;
        foreach (Match step in PathStep().Matches(path))
        {
            if (step.Groups["name"].Success)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step.Groups["name"].Value, out element))
                {
                    return null;
                }
            }
            else
            {
                var i = int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture);
                if (element.ValueKind != JsonValueKind.Array || i >= element.GetArrayLength())
                {
                    return null;
                }

                element = element[i];
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
            _ => null,
        };
    }

    [GeneratedRegex(@"^\$\.(?<kind>[A-Za-z]+)(?:\[(?<index>\d+)\])?(?<field>(?:\.[A-Za-z]+)*)?(?:\[\d+\])?$")]
    private static partial Regex DocumentPathPattern();

    [GeneratedRegex(@"\$\.[A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+)*(?:\[\d+\])?")]
    private static partial Regex EmbeddedPath();

    [GeneratedRegex(@"\.(?<name>[A-Za-z]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathStep();
}
