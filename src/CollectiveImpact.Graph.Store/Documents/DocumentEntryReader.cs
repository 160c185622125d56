using System.Text.Json;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>
/// Reads each kind of entry of a network document. An entry that is not even an object becomes a placeholder
/// (empty strings, defaults) whose whole path is a gap, so lists stay index-aligned with the document and paths
/// in later problems stay true.
/// </summary>
internal sealed class DocumentEntryReader(ProblemList problems, DocumentGaps gaps)
{
    private static readonly string[] InitiativeProperties = ["id", "name", "backbone", "description"];
    private static readonly string[] GoalProperties = ["id", "name", "description"];
    private static readonly string[] IndicatorProperties = ["id", "name", "goal", "unit", "direction", "baseline", "target"];
    private static readonly string[] DatedValueProperties = ["value", "date"];
    internal static readonly string[] MeasurementProperties = ["indicator", "date", "value", "reportedBy"];
    internal static readonly string[] OrganizationProperties = ["id", "name", "sector", "communityLed", "goals", "since", "until"];
    internal static readonly string[] PersonProperties =
        ["id", "name", "organization", "role", "email", "communityMember", "since", "until"];
    internal static readonly string[] ActivityProperties =
        ["id", "name", "lead", "partners", "indicators", "populations", "places", "status", "start", "end"];

    internal static readonly string[] TieProperties = ["from", "to", "type", "weight", "since", "until"];

    public Initiative Initiative(JsonElement element) =>
        Open(element, "$.initiative", "initiative", InitiativeProperties) is { } o
            ? new Initiative(o.RequiredString("id", isId: true), o.RequiredString("name"), o.OptionalString("backbone"), o.OptionalString("description"))
            : new Initiative(string.Empty, string.Empty);

    public Goal Goal(JsonElement element, string path) =>
        Open(element, path, "goal", GoalProperties) is { } o
            ? new Goal(o.RequiredString("id", isId: true), o.RequiredString("name"), o.OptionalString("description"))
            : new Goal(string.Empty, string.Empty);

    public Indicator Indicator(JsonElement element, string path)
    {
        if (Open(element, path, "indicator", IndicatorProperties) is not { } o)
        {
            return new Indicator(string.Empty, string.Empty, string.Empty);
        }

        return new Indicator(
            o.RequiredString("id", isId: true),
            o.RequiredString("name"),
            o.RequiredString("goal"),
            o.OptionalString("unit"),
            o.OptionalEnum<Direction>("direction", NetworkFormat.TryParseDirection) ?? Direction.Increase,
            DatedValue(o, "baseline"),
            DatedValue(o, "target"));
    }

    public Measurement Measurement(JsonElement element, string path)
    {
        if (Open(element, path, "measurement", MeasurementProperties) is not { } o)
        {
            return new Measurement(string.Empty, default, 0);
        }

        return new Measurement(o.RequiredString("indicator"), o.RequiredDate("date"), o.RequiredNumber("value"), o.OptionalString("reportedBy"));
    }

    public Organization Organization(JsonElement element, string path) =>
        Open(element, path, "organization", OrganizationProperties) is { } o
            ? new Organization(
                o.RequiredString("id", isId: true),
                o.RequiredString("name"),
                o.OptionalEnum<Sector>("sector", NetworkFormat.TryParseSector),
                o.Boolean("communityLed"),
                o.StringList("goals"),
                o.OptionalDate("since"),
                o.OptionalDate("until"))
            : new Organization(string.Empty, string.Empty);

    public Person Person(JsonElement element, string path) =>
        Open(element, path, "person", PersonProperties) is { } o
            ? new Person(
                o.RequiredString("id", isId: true),
                o.RequiredString("name"),
                o.OptionalString("organization"),
                o.OptionalString("role"),
                o.OptionalString("email"),
                o.Boolean("communityMember"),
                o.OptionalDate("since"),
                o.OptionalDate("until"))
            : new Person(string.Empty, string.Empty);

    public Activity Activity(JsonElement element, string path) =>
        Open(element, path, "activity", ActivityProperties) is { } o
            ? new Activity(
                o.RequiredString("id", isId: true),
                o.RequiredString("name"),
                o.RequiredString("lead"),
                o.StringList("partners"),
                o.StringList("indicators"),
                o.StringList("populations"),
                o.StringList("places"),
                o.OptionalEnum<ActivityStatus>("status", NetworkFormat.TryParseActivityStatus),
                o.OptionalDate("start"),
                o.OptionalDate("end"))
            : new Activity(string.Empty, string.Empty, string.Empty);

    public Tie Tie(JsonElement element, string path)
    {
        if (Open(element, path, "tie", TieProperties) is not { } o)
        {
            return new Tie(string.Empty, string.Empty, default);
        }

        var from = o.RequiredString("from");
        var to = o.RequiredString("to");
        var type = o.RequiredEnum<TieType>("type", NetworkFormat.TryParseTieType);
        var weight = o.OptionalNumber("weight");
        if (weight is { } w && !ValueRules.IsValidWeight(w))
        {
            o.Fail("weight", ProblemCodes.InvalidWeight, ValueRules.DescribeBadWeight($"the tie from '{from}' to '{to}'", w));
        }

        return new Tie(from, to, type, weight, o.OptionalDate("since"), o.OptionalDate("until"));
    }

    private DatedValue? DatedValue(DocumentObject indicator, string name)
    {
        if (indicator.Raw(name) is not { } element)
        {
            return null;
        }

        var o = Open(element, indicator.FieldPath(name), $"the {name} of indicator at {indicator.Path}", DatedValueProperties);
        return o is null ? null : new DatedValue(o.RequiredNumber("value"), o.OptionalDate("date"));
    }

    private DocumentObject? Open(JsonElement element, string path, string kind, string[] properties)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ValidationProblem(path, ProblemCodes.InvalidType, $"Each {kind} is a JSON object, not {DocumentObject.Describe(element)}."));
            gaps.Add(path);
            return null;
        }

        // Name the entry by its id when it has one: "organization 'o-ed'" is easier to find than an index.
        var what = element.TryGetProperty(properties[0] == "id" ? "id" : "\0", out var id) && id.ValueKind == JsonValueKind.String
            ? $"{kind} '{id.GetString()}'"
            : $"the {kind} at {path}";
        return new DocumentObject(element, path, what, properties, problems, gaps);
    }
}
