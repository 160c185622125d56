using System.Globalization;
using System.Text;
using CollectiveImpact.Graph.Api.Services.Exports;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// Reads a Kumu map's export (docs/spreadsheets.md, "From Kumu"): the <c>Elements</c> sheet (Label, Type, Description,
/// Tags and fields of the map's own) and the <c>Connections</c> sheet (From, To, Type, Direction, Strength). Each
/// element's type says its kind (<see cref="KumuOptions"/>: Organization, Person, Project, Goal, Indicator and their
/// usual synonyms); each connection's type says the tie it is (Collaboration, Funding, Referral, …) or the field it
/// fills (a person's organization, an activity's lead or partner, an organization's goal, an indicator's goal); a
/// connection without a type is read by the kinds of its ends. Fields the network knows (Sector, Community-led, Email,
/// Role, Status, Start, End, Since, Until, Unit, Direction, Populations, Places) are read by their headers. Every row
/// that cannot be mapped, and every value or column left aside, is reported with why; the rest becomes a network
/// document, checked and imported like any other.
/// </summary>
public sealed class KumuReader
{
    private readonly KumuOptions options;
    private readonly Dictionary<string, Element> byLabel = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Element> byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly List<WorkbookProblem> notes = [];
    private readonly List<Element> elements = [];
    private readonly List<(Tie Tie, int Row)> ties = [];
    private string elementsSheet = "Elements";
    private string connectionsSheet = "Connections";

    private KumuReader(KumuOptions options) => this.options = options;

    /// <summary>True when the sheets are a Kumu export: one named Elements (a Connections sheet is optional).</summary>
    public static bool IsKumu(IEnumerable<SourceSheet> sheets) =>
        sheets.Any(s => WorkbookDocumentBuilder.Normalized(s.Name) == "elements");

    /// <summary>The map as a network document, where each entry came from, and the report of what was not mapped.</summary>
    public static WorkbookDocument Read(IReadOnlyList<SourceSheet> sheets, KumuOptions options, CancellationToken cancellationToken)
    {
        var reader = new KumuReader(options);
        var elementSheet = sheets.First(s => WorkbookDocumentBuilder.Normalized(s.Name) == "elements");
        reader.elementsSheet = elementSheet.Name;
        reader.ReadElements(elementSheet, cancellationToken);
        if (sheets.FirstOrDefault(s => WorkbookDocumentBuilder.Normalized(s.Name) == "connections") is { } connections)
        {
            reader.connectionsSheet = connections.Name;
            reader.ReadConnections(connections, cancellationToken);
        }

        var ignored = sheets.Where(s => WorkbookDocumentBuilder.Normalized(s.Name) is not ("elements" or "connections")).Select(s => s.Name).ToList();
        return reader.Document(ignored);
    }

    private sealed class Element(int row, string label, NodeKind kind, string id, Dictionary<string, object> fields)
    {
        public int Row { get; } = row;

        public string Label { get; } = label;

        public NodeKind Kind { get; } = kind;

        public string Id { get; } = id;

        public Dictionary<string, object> Fields { get; } = fields;

        public string? Organization { get; set; }

        public string? Lead { get; set; }

        public List<string> Partners { get; } = [];

        public List<string> Goals { get; } = [];

        public List<string> Indicators { get; } = [];

        public string? Goal { get; set; }
    }

    /// <summary>The Elements sheet's columns the network reads, by normalized header, and the field each fills.</summary>
    private static readonly Dictionary<string, string> ElementColumns = new()
    {
        ["label"] = "label",
        ["name"] = "label",
        ["id"] = "id",
        ["type"] = "type",
        ["elementtype"] = "type",
        ["description"] = "description",
        ["sector"] = "sector",
        ["communityled"] = "communityLed",
        ["email"] = "email",
        ["emailaddress"] = "email",
        ["role"] = "role",
        ["title"] = "role",
        ["jobtitle"] = "role",
        ["organization"] = "organization",
        ["organisation"] = "organization",
        ["communitymember"] = "communityMember",
        ["since"] = "since",
        ["joined"] = "since",
        ["until"] = "until",
        ["left"] = "until",
        ["start"] = "start",
        ["startdate"] = "start",
        ["end"] = "end",
        ["enddate"] = "end",
        ["status"] = "status",
        ["lead"] = "lead",
        ["partners"] = "partners",
        ["populations"] = "populations",
        ["places"] = "places",
        ["goal"] = "goal",
        ["unit"] = "unit",
        ["direction"] = "direction",
    };

    private static readonly Dictionary<string, string> ConnectionColumns = new()
    {
        ["from"] = "from",
        ["to"] = "to",
        ["type"] = "type",
        ["connectiontype"] = "type",
        ["direction"] = "direction",
        ["strength"] = "weight",
        ["weight"] = "weight",
        ["since"] = "since",
        ["startdate"] = "since",
        ["start"] = "since",
        ["until"] = "until",
        ["enddate"] = "until",
        ["end"] = "until",
    };

    private void ReadElements(SourceSheet sheet, CancellationToken cancellationToken)
    {
        using var rows = sheet.Rows.GetEnumerator();
        if (Header(sheet.Name, rows, ElementColumns) is not { } columns)
        {
            return;
        }

        if (!columns.ContainsValue("label"))
        {
            Note(sheet.Name, null, null, "the sheet has no Label column, so no element can be read (Kumu's export names each element in Label).");
            return;
        }

        var count = 0;
        while (rows.MoveNext())
        {
            if (++count % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = rows.Current;
            var fields = Fields(row, columns);
            if (fields.Count == 0)
            {
                continue;
            }

            if (Text(fields, "label") is not { } label)
            {
                Note(sheet.Name, row.Number, null, "the element has no Label; left aside.");
                continue;
            }

            var type = Text(fields, "type");
            var kind = KindOf(type);
            if (kind is null)
            {
                Note(sheet.Name, row.Number, null, type is null
                    ? $"'{label}' has no Type, so its kind is unknown; left aside. Give it a type such as Organization, Person, Project, Goal or Indicator."
                    : $"'{label}' is of type '{type}', which is not mapped to a kind; left aside. Map it with elementTypes={type}:organization (or person, activity, goal, indicator).");
                continue;
            }

            if (byLabel.ContainsKey(label))
            {
                Note(sheet.Name, row.Number, null, $"'{label}' is a second element with this label; connections name elements by label, so it is left aside. Give it another label.");
                continue;
            }

            var id = Text(fields, "id") ?? NewId(kind.Value, label);
            if (!ids.Add(id))
            {
                Note(sheet.Name, row.Number, null, $"'{label}' has the ID '{id}' of another element; left aside.");
                continue;
            }

            var element = new Element(row.Number, label, kind.Value, id, fields);
            elements.Add(element);
            byLabel[label] = element;
            byId[id] = element;
        }
    }

    private void ReadConnections(SourceSheet sheet, CancellationToken cancellationToken)
    {
        using var rows = sheet.Rows.GetEnumerator();
        if (Header(sheet.Name, rows, ConnectionColumns) is not { } columns)
        {
            return;
        }

        var count = 0;
        while (rows.MoveNext())
        {
            if (++count % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = rows.Current;
            var fields = Fields(row, columns);
            if (fields.Count > 0)
            {
                ReadConnection(sheet.Name, row.Number, fields);
            }
        }
    }

    private void ReadConnection(string sheet, int row, Dictionary<string, object> fields)
    {
        var fromText = Text(fields, "from");
        var toText = Text(fields, "to");
        if (fromText is null || toText is null)
        {
            Note(sheet, row, null, "the connection lacks a From or a To; left aside.");
            return;
        }

        if (Find(fromText) is not { } from || Find(toText) is not { } to)
        {
            var missing = Find(fromText) is null ? fromText : toText;
            Note(sheet, row, null, $"'{missing}' is not an element that was read (no such label or ID on {elementsSheet}, or it was left aside); the connection is left aside.");
            return;
        }

        var type = Text(fields, "type");
        var meaning = type is null ? null : MeaningOf(type);
        if (type is not null && meaning is null)
        {
            Note(sheet, row, null, $"the connection type '{type}' is not mapped; left aside. Map it with connectionTypes={type}:COLLABORATES (or {string.Join(", ", KumuOptions.ConnectionMeanings.Skip(1))}).");
            return;
        }

        meaning ??= Inferred(from.Kind, to.Kind);
        if (meaning is null)
        {
            Note(sheet, row, null, $"a connection without a type from {Describe(from)} to {Describe(to)} has no meaning in the network; left aside. Give it a type.");
            return;
        }

        if (Enum.TryParse<TieType>(meaning.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var tieType))
        {
            var weight = Number(fields, "weight", sheet, row);
            if (weight is <= 0)
            {
                Note(sheet, row, "Strength", $"strength {weight} is not above 0; the tie is read without one (as 1).");
                weight = null;
            }

            var (source, target) = Text(fields, "direction") is { } direction && WorkbookDocumentBuilder.Normalized(direction) is "backward" or "reverse" ? (to, from) : (from, to);
            ties.Add((new Tie(source.Id, target.Id, tieType, weight, Date(fields, "since", sheet, row), Date(fields, "until", sheet, row)), row));
            return;
        }

        if (!Fill(meaning, from, to) && !Fill(meaning, to, from))
        {
            Note(sheet, row, null, $"a {meaning} connection from {Describe(from)} to {Describe(to)} fits neither way (it joins {Expected(meaning)}); left aside.");
        }
    }

    /// <summary>Fills the field a connection stands for, with <paramref name="a"/> as its holder; false when the kinds do not fit.</summary>
    private bool Fill(string meaning, Element a, Element b)
    {
        switch (meaning, a.Kind, b.Kind)
        {
            case ("MEMBER", NodeKind.Person, NodeKind.Organization):
                if (a.Organization is not null && a.Organization != b.Id)
                {
                    Note(connectionsSheet, null, null, $"{Describe(a)} already belongs to '{a.Organization}'; a person belongs to one organization, so the membership of '{b.Label}' is left aside.");
                    return true;
                }

                a.Organization = b.Id;
                return true;
            case ("LEAD", NodeKind.Activity, NodeKind.Organization):
                if (a.Lead is not null && a.Lead != b.Id)
                {
                    AddOnce(a.Partners, b.Id);
                    return true;
                }

                a.Lead = b.Id;
                a.Partners.Remove(b.Id);
                return true;
            case ("PARTNER", NodeKind.Activity, NodeKind.Organization):
                if (a.Lead != b.Id)
                {
                    AddOnce(a.Partners, b.Id);
                }

                return true;
            case ("COMMITS", NodeKind.Organization, NodeKind.Goal):
                AddOnce(a.Goals, b.Id);
                return true;
            case ("MEASURES", NodeKind.Indicator, NodeKind.Goal):
                a.Goal ??= b.Id;
                return true;
            case ("MEASURES", NodeKind.Activity, NodeKind.Indicator):
                AddOnce(a.Indicators, b.Id);
                return true;
            default:
                return false;
        }
    }

    private static string Expected(string meaning) => meaning switch
    {
        "MEMBER" => "a person to an organization",
        "LEAD" => "an organization to the activity it leads",
        "PARTNER" => "an organization to an activity",
        "COMMITS" => "an organization to a goal",
        _ => "an indicator to its goal, or an activity to an indicator",
    };

    /// <summary>What a connection without a type means, by the kinds of its ends (either order).</summary>
    private static string? Inferred(NodeKind a, NodeKind b) => (a, b) switch
    {
        (NodeKind.Organization, NodeKind.Organization) => "COLLABORATES",
        (NodeKind.Person, NodeKind.Person) => "COMMUNICATES",
        (NodeKind.Activity, NodeKind.Activity) => "FEEDS_INTO",
        (NodeKind.Person, NodeKind.Organization) or (NodeKind.Organization, NodeKind.Person) => "MEMBER",
        (NodeKind.Organization, NodeKind.Activity) or (NodeKind.Activity, NodeKind.Organization) => "PARTNER",
        (NodeKind.Organization, NodeKind.Goal) or (NodeKind.Goal, NodeKind.Organization) => "COMMITS",
        (NodeKind.Indicator, NodeKind.Goal) or (NodeKind.Goal, NodeKind.Indicator) => "MEASURES",
        (NodeKind.Activity, NodeKind.Indicator) or (NodeKind.Indicator, NodeKind.Activity) => "MEASURES",
        _ => null,
    };

    private WorkbookDocument Document(IReadOnlyList<string> ignored)
    {
        var goals = new List<(Goal, int)>();
        var indicators = new List<(Indicator, int)>();
        var organizations = new List<(Organization, int)>();
        var people = new List<(Person, int)>();
        var activities = new List<(Activity, int)>();
        foreach (var element in elements)
        {
            var f = element.Fields;
            var row = element.Row;
            switch (element.Kind)
            {
                case NodeKind.Goal:
                    goals.Add((new Goal(element.Id, element.Label, Text(f, "description")), row));
                    break;
                case NodeKind.Indicator:
                    var goal = element.Goal ?? Reference(f, "goal", NodeKind.Goal, row);
                    if (goal is null)
                    {
                        Note(elementsSheet, row, null, $"indicator '{element.Label}' measures no goal (connect it to its goal, or give a Goal field); left aside, since every indicator needs one.");
                        break;
                    }

                    indicators.Add((new Indicator(element.Id, element.Label, goal, Text(f, "unit"), EnumOf<Direction>(f, "direction", row) ?? Direction.Increase), row));
                    break;
                case NodeKind.Organization:
                    var sector = EnumOf<Sector>(f, "sector", row)
                        ?? (Text(f, "type") is { } t && Enum.TryParse<Sector>(WorkbookDocumentBuilder.Normalized(t), ignoreCase: true, out var s) ? s : null);
                    organizations.Add((new Organization(element.Id, element.Label, sector, Flag(f, "communityLed", row) ?? false, [.. element.Goals], Date(f, "since", elementsSheet, row), Date(f, "until", elementsSheet, row)), row));
                    break;
                case NodeKind.Person:
                    people.Add((new Person(element.Id, element.Label, element.Organization ?? Reference(f, "organization", NodeKind.Organization, row), Text(f, "role"), Text(f, "email"), Flag(f, "communityMember", row) ?? false, Date(f, "since", elementsSheet, row), Date(f, "until", elementsSheet, row)), row));
                    break;
                case NodeKind.Activity:
                    var lead = element.Lead ?? Reference(f, "lead", NodeKind.Organization, row);
                    var partners = element.Partners.Concat(List(f, "partners").Select(p => Find(p)).Where(p => p?.Kind == NodeKind.Organization).Select(p => p!.Id)).Distinct().ToList();
                    if (lead is null && partners.Count > 0)
                    {
                        lead = partners[0];
                        Note(elementsSheet, row, null, $"activity '{element.Label}' has no lead (a Lead connection or field); its first partner '{lead}' is taken as its lead. Change it on the Activities sheet after import if that is wrong.");
                    }

                    if (lead is null)
                    {
                        Note(elementsSheet, row, null, $"activity '{element.Label}' has no lead and no partner; left aside, since every activity needs a lead organization.");
                        break;
                    }

                    partners.Remove(lead);
                    activities.Add((new Activity(element.Id, element.Label, lead, partners, [.. element.Indicators], List(f, "populations"), List(f, "places"), EnumOf<ActivityStatus>(f, "status", row), Date(f, "start", elementsSheet, row), Date(f, "end", elementsSheet, row)), row));
                    break;
            }
        }

        var kept = new HashSet<string>(goals.Select(g => g.Item1.Id).Concat(indicators.Select(i => i.Item1.Id)).Concat(organizations.Select(o => o.Item1.Id))
            .Concat(people.Select(p => p.Item1.Id)).Concat(activities.Select(a => a.Item1.Id)), StringComparer.Ordinal);
        var keptTies = ties.Where(t => kept.Contains(t.Tie.From) && kept.Contains(t.Tie.To)).ToList();
        foreach (var (tie, row) in ties.Where(t => !kept.Contains(t.Tie.From) || !kept.Contains(t.Tie.To)))
        {
            Note(connectionsSheet, row, null, $"the tie joins '{(kept.Contains(tie.From) ? tie.To : tie.From)}', which was left aside; so is the tie.");
        }

        var network = new Network(null, [.. goals.Select(g => g.Item1)], [.. indicators.Select(i => i.Item1)], [], [.. organizations.Select(o => o.Item1)],
            [.. people.Select(p => p.Item1)], [.. activities.Select(a => a.Item1)], [.. keptTies.Select(t => t.Tie)]);
        var maps = new Dictionary<string, SheetMap>();
        var order = 0;
        Map(maps, "goals", elementsSheet, goals.Select(g => g.Item2), ref order);
        Map(maps, "indicators", elementsSheet, indicators.Select(i => i.Item2), ref order);
        Map(maps, "organizations", elementsSheet, organizations.Select(o => o.Item2), ref order);
        Map(maps, "people", elementsSheet, people.Select(p => p.Item2), ref order);
        Map(maps, "activities", elementsSheet, activities.Select(a => a.Item2), ref order);
        Map(maps, "ties", connectionsSheet, keptTies.Select(t => t.Row), ref order);
        var idsByKind = elements.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Select(e => e.Id).ToList());
        return new WorkbookDocument(NetworkDocumentWriter.Write(network), maps, [], 0, blocking: false, new HashSet<string>(), ignored, idsByKind, notes, "kumu");
    }

    private static void Map(Dictionary<string, SheetMap> maps, string property, string sheet, IEnumerable<int> rows, ref int order)
    {
        var map = new SheetMap(sheet, WorkbookLayout.Kinds.Single(k => k.Property == property), order++);
        map.Rows.AddRange(rows);
        maps[property] = map;
    }

    /// <summary>The header row's columns the network reads (index → field); the others are reported once and left aside.</summary>
    private Dictionary<int, string>? Header(string sheet, IEnumerator<SourceRow> rows, Dictionary<string, string> known)
    {
        while (rows.MoveNext())
        {
            var header = rows.Current;
            if (!header.Cells.Any(c => c is not null))
            {
                continue;
            }

            var columns = new Dictionary<int, string>();
            var aside = new List<string>();
            for (var c = 0; c < header.Cells.Count; c++)
            {
                if (header.Cells[c] is not { } cell)
                {
                    continue;
                }

                var name = WorkbookDocumentBuilder.Text(cell).Trim();
                if (known.TryGetValue(WorkbookDocumentBuilder.Normalized(name), out var field) && !columns.ContainsValue(field))
                {
                    columns[c] = field;
                }
                else
                {
                    aside.Add(name);
                }
            }

            if (aside.Count > 0)
            {
                Note(sheet, header.Number, null, $"the columns {string.Join(", ", aside.Select(a => $"'{a}'"))} have no place in the network; left aside.");
            }

            return columns;
        }

        return null;
    }

    private static Dictionary<string, object> Fields(SourceRow row, Dictionary<int, string> columns)
    {
        var fields = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (column, field) in columns)
        {
            if (column < row.Cells.Count && row.Cells[column] is { } value && value is not CellError && !(value is string s && string.IsNullOrWhiteSpace(s)))
            {
                fields[field] = value;
            }
        }

        return fields;
    }

    private NodeKind? KindOf(string? type)
    {
        if (type is null)
        {
            return null;
        }

        var name = WorkbookDocumentBuilder.Normalized(type);
        foreach (var (key, value) in options.ElementTypes)
        {
            if (WorkbookDocumentBuilder.Normalized(key) == name)
            {
                return Enum.TryParse<NodeKind>(value, ignoreCase: true, out var kind) && kind is not NodeKind.Initiative ? kind : null;
            }
        }

        return KumuOptions.DefaultElementTypes.TryGetValue(name, out var known) ? known : null;
    }

    private string? MeaningOf(string type)
    {
        var name = WorkbookDocumentBuilder.Normalized(type);
        foreach (var (key, value) in options.ConnectionTypes)
        {
            if (WorkbookDocumentBuilder.Normalized(key) == name)
            {
                var meaning = WorkbookDocumentBuilder.Constant(value.Trim());
                return KumuOptions.ConnectionMeanings.Contains(meaning) ? meaning : null;
            }
        }

        return KumuOptions.DefaultConnectionTypes.TryGetValue(name, out var known) ? known : null;
    }

    private Element? Find(string labelOrId) =>
        byId.TryGetValue(labelOrId.Trim(), out var byIdentifier) ? byIdentifier : byLabel.GetValueOrDefault(labelOrId.Trim());

    /// <summary>An ID from the kind and label: <c>o-riverbend-health</c>; <c>-2</c>, <c>-3</c> … when taken.</summary>
    private string NewId(NodeKind kind, string label)
    {
        var prefix = kind switch
        {
            NodeKind.Organization => "o-",
            NodeKind.Person => "p-",
            NodeKind.Activity => "a-",
            NodeKind.Goal => "g-",
            _ => "i-",
        };
        var slug = new StringBuilder();
        foreach (var c in label.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                slug.Append('-');
            }
        }

        var stem = prefix + (slug.ToString().Trim('-') is { Length: > 0 } text ? text[..Math.Min(text.Length, 60)].TrimEnd('-') : "element");
        var id = stem;
        for (var n = 2; ids.Contains(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private static string Describe(Element element) => $"{element.Kind.ToString().ToLowerInvariant()} '{element.Label}'";

    private static string? Text(Dictionary<string, object> fields, string field) =>
        fields.TryGetValue(field, out var value) ? WorkbookDocumentBuilder.Text(value).Trim() is { Length: > 0 } text ? text : null : null;

    /// <summary>A list field: Kumu separates values with <c>|</c>; <c>;</c> is read too.</summary>
    private static List<string> List(Dictionary<string, object> fields, string field) =>
        Text(fields, field) is { } text ? [.. text.Split(['|', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [];

    private string? Reference(Dictionary<string, object> fields, string field, NodeKind kind, int row)
    {
        if (Text(fields, field) is not { } text)
        {
            return null;
        }

        if (Find(text) is { } element && element.Kind == kind)
        {
            return element.Id;
        }

        Note(elementsSheet, row, field, $"{field} '{text}' is not a {kind.ToString().ToLowerInvariant()} element that was read; left aside.");
        return null;
    }

    private TEnum? EnumOf<TEnum>(Dictionary<string, object> fields, string field, int row)
        where TEnum : struct, Enum
    {
        if (Text(fields, field) is not { } text)
        {
            return null;
        }

        var constant = WorkbookDocumentBuilder.Constant(text);
        if (NetworkFormat.NamesOf<TEnum>().Contains(constant) && Enum.TryParse<TEnum>(constant.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value))
        {
            return value;
        }

        var near = Suggestions.Closest(text, NetworkFormat.NamesOf<TEnum>());
        Note(elementsSheet, row, field, $"{field} '{text}' is not one of {string.Join(", ", NetworkFormat.NamesOf<TEnum>())}{(near is null ? string.Empty : $" (did you mean {near}?)")}; left aside.");
        return null;
    }

    private bool? Flag(Dictionary<string, object> fields, string field, int row)
    {
        if (!fields.TryGetValue(field, out var value))
        {
            return null;
        }

        var flag = value switch
        {
            bool b => b,
            double d when d is 0 or 1 => d == 1,
            _ => WorkbookDocumentBuilder.FlagOf(WorkbookDocumentBuilder.Text(value)),
        };
        if (flag is null)
        {
            Note(elementsSheet, row, field, $"{field} '{WorkbookDocumentBuilder.Text(value)}' is neither TRUE nor FALSE; read as FALSE.");
        }

        return flag;
    }

    private DateOnly? Date(Dictionary<string, object> fields, string field, string sheet, int row)
    {
        if (!fields.TryGetValue(field, out var value))
        {
            return null;
        }

        if (value is double serial && WorkbookDocumentBuilder.DateOf(serial) is { } fromSerial)
        {
            return fromSerial;
        }

        var text = WorkbookDocumentBuilder.DatePart(WorkbookDocumentBuilder.Text(value).Trim());
        if (NetworkFormat.TryParseDate(text, out var date))
        {
            return date;
        }

        Note(sheet, row, field, $"{field} '{text}' is not a date (YYYY-MM-DD); left aside.");
        return null;
    }

    private double? Number(Dictionary<string, object> fields, string field, string sheet, int row)
    {
        if (!fields.TryGetValue(field, out var value))
        {
            return null;
        }

        if (value is double number)
        {
            return number;
        }

        if (double.TryParse(WorkbookDocumentBuilder.Text(value).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
        {
            return parsed;
        }

        Note(sheet, row, "Strength", $"strength '{WorkbookDocumentBuilder.Text(value)}' is not a number; the tie is read without one (as 1).");
        return null;
    }

    private static void AddOnce(List<string> list, string id)
    {
        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }

    private void Note(string sheet, int? row, string? column, string message) =>
        notes.Add(new WorkbookProblem(sheet, row, column, null, "NOT_MAPPED", $"{WorkbookProblem.Location(sheet, row, null)}: {message}"));
}
