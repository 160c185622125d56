using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// The network as a workbook a person can read and edit (docs/exports.md, "The network workbook"): one sheet per kind
/// of entry in the network document's order (Initiative, Goals, Indicators, Measurements, Organizations, People,
/// Activities, Ties), one row per entry in document order, one column per field with a readable header. Lists (an
/// organization's goals, an activity's partners, indicators, populations and places) are written in one cell,
/// separated by "; "; dates are dates; enum values are written as the format spells them, with a drop-down of the
/// allowed values; flags are TRUE/FALSE.
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
            new WorkbookSheet(
                "Initiative",
                [new("ID"), new("Name"), new("Backbone"), new("Description")],
                network.Initiative is { } i ? [Row(i.Id, i.Name, i.Backbone, i.Description)] : []),
            new WorkbookSheet(
                "Goals",
                [new("ID"), new("Name"), new("Description")],
                network.Goals.Select(g => Row(g.Id, g.Name, g.Description))),
            new WorkbookSheet(
                "Indicators",
                [new("ID"), new("Name"), new("Goal"), new("Unit"), new("Direction", Names<Direction>()), new("Baseline value"), new("Baseline date"), new("Target value"), new("Target date")],
                network.Indicators.Select(x => Row(
                    x.Id, x.Name, x.Goal, x.Unit, NetworkFormat.Name(x.Direction), x.Baseline?.Value, x.Baseline?.Date, x.Target?.Value, x.Target?.Date))),
            new WorkbookSheet(
                "Measurements",
                [new("Indicator"), new("Date"), new("Value"), new("Reported by")],
                network.Measurements.Select(m => Row(m.Indicator, m.Date, m.Value, m.ReportedBy))),
            new WorkbookSheet(
                "Organizations",
                [new("ID"), new("Name"), new("Sector", Names<Sector>()), new("Community-led"), new("Goals"), new("Since"), new("Until")],
                network.Organizations.Select(o => Row(
                    o.Id, o.Name, o.Sector is { } sector ? NetworkFormat.Name(sector) : null, o.CommunityLed, List(o.Goals), o.Since, o.Until))),
            new WorkbookSheet(
                "People",
                [new("ID"), new("Name"), new("Organization"), new("Role"), new("Email"), new("Community member"), new("Since"), new("Until")],
                network.People.Select(p => Row(p.Id, p.Name, p.Organization, p.Role, p.Email, p.CommunityMember, p.Since, p.Until))),
            new WorkbookSheet(
                "Activities",
                [new("ID"), new("Name"), new("Lead"), new("Partners"), new("Indicators"), new("Populations"), new("Places"), new("Status", Names<ActivityStatus>()), new("Start"), new("End")],
                network.Activities.Select(a => Row(
                    a.Id, a.Name, a.Lead, List(a.Partners), List(a.Indicators), List(a.Populations), List(a.Places),
                    a.Status is { } status ? NetworkFormat.Name(status) : null, a.Start, a.End))),
            new WorkbookSheet(
                "Ties",
                [new("From"), new("To"), new("Type", Names<TieType>()), new("Weight"), new("Since"), new("Until")],
                network.Ties.Select(t => Row(t.From, t.To, NetworkFormat.Name(t.Type), t.Weight, t.Since, t.Until))),
        ];
    }

    private static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum => NetworkFormat.NamesOf<TEnum>();

    /// <summary>A list cell: empty for an empty list.</summary>
    private static string? List(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(ListSeparator, items);

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
