using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>What a cell of the network workbook holds, and so how it is written and read back.</summary>
public enum CellKind
{
    /// <summary>Text (names, ids, references, free text).</summary>
    Text,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A date: a date cell, or text written YYYY-MM-DD.</summary>
    Date,

    /// <summary>TRUE or FALSE.</summary>
    Flag,

    /// <summary>A list of texts in one cell, separated by <c>;</c>.</summary>
    List,

    /// <summary>One of a few values (<see cref="WorkbookField.Allowed"/>), in the format's upper-case spelling.</summary>
    Enum,
}

/// <summary>
/// One column of a sheet of the network workbook: its header, the document field it holds (<c>baseline.value</c> for a
/// nested one), the kind of cell, the values allowed for an enum, whether the format requires it, the kind of node a
/// reference names, and other headers read as the same column.
/// </summary>
public sealed record WorkbookField(
    string Header,
    string Property,
    CellKind Kind,
    string Help,
    IReadOnlyList<string>? Allowed = null,
    bool Required = false,
    NodeKind? References = null,
    IReadOnlyList<string>? Aliases = null);

/// <summary>
/// One sheet of the network workbook: its name, the document's property it holds (<c>organizations</c>), whether that
/// is one object (the initiative) rather than a list, what one row is, and its columns in order.
/// </summary>
public sealed record WorkbookKind(string Sheet, string Property, bool Single, string Entry, IReadOnlyList<WorkbookField> Fields)
{
    /// <summary>The column holding <paramref name="property"/> (<c>sector</c>, <c>baseline.value</c>), or null.</summary>
    public WorkbookField? Field(string property) => Fields.FirstOrDefault(f => f.Property == property);
}

/// <summary>
/// The network workbook's layout (docs/exports.md, "The network workbook"): one sheet per kind of entry, in the network
/// document's order, and one column per field. Export (<see cref="NetworkWorkbook"/>) writes it and import
/// (<see cref="Imports.WorkbookDocumentBuilder"/>) reads it back, so the two cannot drift apart.
/// </summary>
public static class WorkbookLayout
{
    public static IReadOnlyList<WorkbookKind> Kinds { get; } =
    [
        new("Initiative", "initiative", Single: true, "the initiative",
        [
            Id("the initiative"), Name("the initiative"),
            new("Backbone", "backbone", CellKind.Text, "The ID of the backbone organization.", References: NodeKind.Organization),
            Description(),
        ]),
        new("Goals", "goals", Single: false, "a goal of the common agenda",
        [
            Id("goal"), Name("goal"), Description(),
        ]),
        new("Indicators", "indicators", Single: false, "an indicator of shared measurement",
        [
            Id("indicator"), Name("indicator"),
            new("Goal", "goal", CellKind.Text, "The ID of the goal it measures.", Required: true, References: NodeKind.Goal),
            new("Unit", "unit", CellKind.Text, "What it counts in (%, children, …)."),
            new("Direction", "direction", CellKind.Enum, "INCREASE when higher is better (the default), DECREASE when lower is.", NetworkFormat.NamesOf<Direction>()),
            new("Baseline value", "baseline.value", CellKind.Number, "Where it started (a number)."),
            new("Baseline date", "baseline.date", CellKind.Date, "When the baseline was measured."),
            new("Target value", "target.value", CellKind.Number, "Where the initiative wants it to be."),
            new("Target date", "target.date", CellKind.Date, "By when."),
        ]),
        new("Measurements", "measurements", Single: false, "a measurement of an indicator",
        [
            new("Indicator", "indicator", CellKind.Text, "The ID of the indicator measured.", Required: true, References: NodeKind.Indicator),
            new("Date", "date", CellKind.Date, "The day it was measured (one measurement per indicator and day).", Required: true),
            new("Value", "value", CellKind.Number, "The value measured (a number).", Required: true),
            new("Reported by", "reportedBy", CellKind.Text, "The ID of the organization that reported it.", References: NodeKind.Organization),
        ]),
        new("Organizations", "organizations", Single: false, "a partner organization",
        [
            Id("organization"), Name("organization"),
            new("Sector", "sector", CellKind.Enum, "Its sector.", NetworkFormat.NamesOf<Sector>()),
            new("Community-led", "communityLed", CellKind.Flag, "TRUE when the community it serves leads it; FALSE (the default) otherwise."),
            new("Goals", "goals", CellKind.List, "The IDs of the goals it committed to, separated by ;.", References: NodeKind.Goal),
            Since("joined the initiative"), Until("left the initiative"),
        ]),
        new("People", "people", Single: false, "a person",
        [
            Id("person"), Name("person"),
            new("Organization", "organization", CellKind.Text, "The ID of the organization they belong to.", References: NodeKind.Organization),
            new("Role", "role", CellKind.Text, "Their role."),
            new("Email", "email", CellKind.Text, "Their e-mail address.", Aliases: ["E-mail"]),
            new("Community member", "communityMember", CellKind.Flag, "TRUE for a member of the community the initiative serves; FALSE (the default) otherwise."),
            Since("joined the initiative"), Until("left the initiative"),
        ]),
        new("Activities", "activities", Single: false, "an activity",
        [
            Id("activity"), Name("activity"),
            new("Lead", "lead", CellKind.Text, "The ID of the organization leading it.", Required: true, References: NodeKind.Organization),
            new("Partners", "partners", CellKind.List, "The IDs of the partner organizations (not the lead), separated by ;.", References: NodeKind.Organization),
            new("Indicators", "indicators", CellKind.List, "The IDs of the indicators it works on, separated by ;.", References: NodeKind.Indicator),
            new("Populations", "populations", CellKind.List, "Who it serves (free labels), separated by ;."),
            new("Places", "places", CellKind.List, "Where it works (free labels), separated by ;."),
            new("Status", "status", CellKind.Enum, "PLANNED, ACTIVE or COMPLETED.", NetworkFormat.NamesOf<ActivityStatus>()),
            new("Start", "start", CellKind.Date, "When it starts."),
            new("End", "end", CellKind.Date, "When it ends."),
        ]),
        new("Ties", "ties", Single: false, "a tie between two nodes",
        [
            new("From", "from", CellKind.Text, "The ID of one end (the source of a directed tie).", Required: true),
            new("To", "to", CellKind.Text, "The ID of the other end.", Required: true),
            new("Type", "type", CellKind.Enum, "What the tie is: COLLABORATES and COMMUNICATES are mutual; FUNDS, REFERS, SHARES_DATA and FEEDS_INTO go from → to.", NetworkFormat.NamesOf<TieType>(), Required: true),
            new("Weight", "weight", CellKind.Number, "How strong (a number above 0; empty counts as 1)."),
            Since("started"), Until("ended"),
        ]),
    ];

    private static WorkbookField Id(string what) =>
        new("ID", "id", CellKind.Text, $"A unique ID for the {what} (any text, unique across every sheet).", Required: true);

    private static WorkbookField Name(string what) => new("Name", "name", CellKind.Text, $"The {what}'s name.", Required: true);

    private static WorkbookField Description() => new("Description", "description", CellKind.Text, "A description.");

    private static WorkbookField Since(string what) => new("Since", "since", CellKind.Date, $"When it {what}; empty: from the start.");

    private static WorkbookField Until(string what) => new("Until", "until", CellKind.Date, $"When it {what}; empty: still there.");
}
