using CollectiveImpact.Graph.Api.Sample;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// The template workbook to fill in (<c>GET /export/template.xlsx</c>, docs/spreadsheets.md): a "Read me" sheet describing
/// every sheet and column (what to write, whether it is required, the allowed values), then the network workbook's
/// sheets holding the sample's first rows, chosen so they form a network of their own that imports as it is: the
/// backbone and the next organizations, two goals and their indicators, and only the people, activities, measurements
/// and ties among those. Enum columns offer their values as drop-downs, as in every network workbook.
/// </summary>
public sealed class WorkbookTemplate(IOptions<SampleOptions> sample)
{
    /// <summary>The template's sheets; without the sample file, the same sheets with headers only.</summary>
    public IReadOnlyList<WorkbookSheet> Sheets()
    {
        var path = Path.GetFullPath(sample.Value.Path, AppContext.BaseDirectory);
        var network = File.Exists(path) && NetworkDocumentReader.Read(File.ReadAllBytes(path)).Network is { } read ? FirstRows(read) : Network.Empty;
        return [ReadMe(), .. NetworkWorkbook.Sheets(network)];
    }

    /// <summary>The name of the sheet that explains the others; import leaves it aside.</summary>
    public const string ReadMeSheet = "Read me";

    private static WorkbookSheet ReadMe() => new(
        ReadMeSheet,
        [new("Sheet"), new("Column"), new("Required"), new("What to write"), new("Allowed values")],
        WorkbookLayout.Kinds.SelectMany(kind => kind.Fields.Select(field => (IReadOnlyList<object?>)
        [
            kind.Sheet, field.Header, field.Required ? "yes" : null, field.Help, field.Allowed is { } allowed ? string.Join(", ", allowed) : null,
        ])).Prepend(
        [
            "(all)", null, null,
            "One row per entry; the first row of each sheet is its header. IDs are any text, unique across all sheets; other sheets refer to an entry by its ID. Lists go in one cell, separated by ;. Dates are dates (or text written YYYY-MM-DD). Delete the example rows, keep the headers, and import with POST /import or the map's Import… button: a dry run first shows what would change.",
            null,
        ]));

    /// <summary>A small network taken from the front of <paramref name="network"/> that is whole: every reference resolves.</summary>
    internal static Network FirstRows(Network network)
    {
        var backbone = network.Initiative?.Backbone;
        var organizations = network.Organizations.OrderBy(o => o.Id == backbone ? 0 : 1).Take(5).ToList();
        var organizationIds = organizations.Select(o => o.Id).ToHashSet();
        var goals = network.Goals.Take(2).ToList();
        var goalIds = goals.Select(g => g.Id).ToHashSet();
        var indicators = network.Indicators.Where(i => goalIds.Contains(i.Goal)).Take(3).ToList();
        var indicatorIds = indicators.Select(i => i.Id).ToHashSet();
        var measurements = network.Measurements.Where(m => indicatorIds.Contains(m.Indicator)).Take(4)
            .Select(m => m.ReportedBy is { } by && !organizationIds.Contains(by) ? m with { ReportedBy = null } : m).ToList();
        var people = network.People.Where(p => p.Organization is null || organizationIds.Contains(p.Organization)).Take(5).ToList();
        var activities = network.Activities.Where(a => organizationIds.Contains(a.Lead)).Take(3)
            .Select(a => a with
            {
                Partners = [.. a.Partners.Where(organizationIds.Contains)],
                Indicators = [.. a.Indicators.Where(indicatorIds.Contains)],
            }).ToList();
        var nodes = organizationIds.Concat(people.Select(p => p.Id)).Concat(activities.Select(a => a.Id)).Concat(goalIds).Concat(indicatorIds).ToHashSet();
        var ties = network.Ties.Where(t => nodes.Contains(t.From) && nodes.Contains(t.To)).Take(6).ToList();
        return new Network(
            network.Initiative is { } initiative && (initiative.Backbone is null || organizationIds.Contains(initiative.Backbone)) ? initiative : network.Initiative is { } i ? i with { Backbone = null } : null,
            goals,
            indicators,
            measurements,
            [.. organizations.Select(o => o with { Goals = [.. o.Goals.Where(goalIds.Contains)] })],
            people,
            activities,
            ties);
    }
}
