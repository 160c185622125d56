using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// The network as a workbook a person can read and edit (docs/exports.md, "The network workbook"): one sheet per kind
/// of entry in the network document's order (Initiative, Goals, Indicators, Measurements, Organizations, People,
/// Activities, Ties), one row per entry in document order, one column per field with a readable header. Lists (an
/// organization's goals, an activity's partners, indicators, populations and places) are written in one cell,
/// separated by "; "; dates are dates; enum values are written as the format spells them, with a drop-down of the
/// allowed values; flags are TRUE/FALSE. The columns are <see cref="WorkbookLayout"/>'s, which import reads back.
/// </summary>
public static class NetworkWorkbook
{
    /// <summary>What separates the items of a list cell.</summary>
    public const string ListSeparator = "; ";

    public static IReadOnlyList<WorkbookSheet> Sheets(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return
        [
            Sheet("initiative", network.Initiative is { } i ? [Row(i.Id, i.Name, i.Backbone, i.Description)] : []),
            Sheet("goals", network.Goals.Select(g => Row(g.Id, g.Name, g.Description))),
            Sheet("indicators", network.Indicators.Select(x => Row(
                x.Id, x.Name, x.Goal, x.Unit, NetworkFormat.Name(x.Direction), x.Baseline?.Value, x.Baseline?.Date, x.Target?.Value, x.Target?.Date))),
            Sheet("measurements", network.Measurements.Select(m => Row(m.Indicator, m.Date, m.Value, m.ReportedBy))),
            Sheet("organizations", network.Organizations.Select(o => Row(
                o.Id, o.Name, o.Sector is { } sector ? NetworkFormat.Name(sector) : null, o.CommunityLed, List(o.Goals), o.Since, o.Until))),
            Sheet("people", network.People.Select(p => Row(p.Id, p.Name, p.Organization, p.Role, p.Email, p.CommunityMember, p.Since, p.Until))),
            Sheet("activities", network.Activities.Select(a => Row(
                a.Id, a.Name, a.Lead, List(a.Partners), List(a.Indicators), List(a.Populations), List(a.Places),
                a.Status is { } status ? NetworkFormat.Name(status) : null, a.Start, a.End))),
            Sheet("ties", network.Ties.Select(t => Row(t.From, t.To, NetworkFormat.Name(t.Type), t.Weight, t.Since, t.Until))),
        ];
    }

    /// <summary>The sheet of the layout's kind that holds <paramref name="property"/>, its columns from the layout.</summary>
    private static WorkbookSheet Sheet(string property, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var kind = WorkbookLayout.Kinds.Single(k => k.Property == property);
        return new WorkbookSheet(kind.Sheet, [.. kind.Fields.Select(f => new WorkbookColumn(f.Header, f.Allowed))], rows);
    }

    /// <summary>A list cell: empty for an empty list.</summary>
    private static string? List(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(ListSeparator, items);

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    /// <summary>The sheets as one CSV file each, named after it (<c>Organizations.csv</c>), in a zip.</summary>
    public static void WriteCsvZip(Stream output, IReadOnlyList<WorkbookSheet> sheets, CancellationToken cancellationToken)
    {
        using var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true);
        foreach (var sheet in sheets)
        {
            using var entry = new StreamWriter(zip.CreateEntry($"{sheet.Name}.csv").Open(), new System.Text.UTF8Encoding(false));
            CsvTableWriter.Write(entry, sheet, cancellationToken);
        }
    }
}
