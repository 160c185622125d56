using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// The maps the <c>read/</c> and <c>list/</c> statements return, as domain records. A node map holds the node's
/// properties, its <c>labels</c>, and the references it owns (<c>goal</c>, <c>lead</c>, lists as [position, id] pairs).
/// </summary>
internal static class Neo4jRowMapping
{
    public static INetworkNode Node(IReadOnlyDictionary<string, object?> map)
    {
        var labels = List(map, "labels").Cast<string>().ToList();
        return labels switch
        {
            _ when labels.Contains("Initiative") => Initiative(map),
            _ when labels.Contains("Goal") => Goal(map),
            _ when labels.Contains("Indicator") => Indicator(map),
            _ when labels.Contains("Organization") => Organization(map),
            _ when labels.Contains("Person") => Person(map),
            _ when labels.Contains("Activity") => Activity(map),
            _ => throw new FormatException($"Node '{Text(map, "id")}' has no kind label (labels: {string.Join(", ", labels)})."),
        };
    }

    public static Initiative Initiative(IReadOnlyDictionary<string, object?> m) =>
        new(Text(m, "id"), Text(m, "name"), OptionalText(m, "backbone"), OptionalText(m, "description"));

    public static Goal Goal(IReadOnlyDictionary<string, object?> m) => new(Text(m, "id"), Text(m, "name"), OptionalText(m, "description"));

    public static Indicator Indicator(IReadOnlyDictionary<string, object?> m) => new(
        Text(m, "id"),
        Text(m, "name"),
        Text(m, "goal"),
        OptionalText(m, "unit"),
        ParseEnum<Direction>(m, "direction", NetworkFormat.TryParseDirection) ?? Direction.Increase,
        Dated(m, "baselineValue", "baselineDate"),
        Dated(m, "targetValue", "targetDate"));

    public static Organization Organization(IReadOnlyDictionary<string, object?> m) => new(
        Text(m, "id"),
        Text(m, "name"),
        ParseEnum<Sector>(m, "sector", NetworkFormat.TryParseSector),
        Bool(m, "communityLed"),
        Ordered(m, "goals"),
        OptionalDate(m, "since"),
        OptionalDate(m, "until"));

    public static Person Person(IReadOnlyDictionary<string, object?> m) => new(
        Text(m, "id"),
        Text(m, "name"),
        OptionalText(m, "organization"),
        OptionalText(m, "role"),
        OptionalText(m, "email"),
        Bool(m, "communityMember"),
        OptionalDate(m, "since"),
        OptionalDate(m, "until"));

    public static Activity Activity(IReadOnlyDictionary<string, object?> m) => new(
        Text(m, "id"),
        Text(m, "name"),
        Text(m, "lead"),
        Ordered(m, "partners"),
        Ordered(m, "indicators"),
        List(m, "populations").Cast<string>().ToList(),
        List(m, "places").Cast<string>().ToList(),
        ParseEnum<ActivityStatus>(m, "status", NetworkFormat.TryParseActivityStatus),
        OptionalDate(m, "start"),
        OptionalDate(m, "end"));

    public static Measurement Measurement(IReadOnlyDictionary<string, object?> m) => new(
        Text(m, "indicator"),
        OptionalDate(m, "date") ?? throw Missing(m, "date"),
        Number(m, "value") ?? throw Missing(m, "value"),
        OptionalText(m, "reportedBy"));

    public static Tie Tie(IReadOnlyDictionary<string, object?> m) => new(
        Text(m, "from"),
        Text(m, "to"),
        ParseEnum<TieType>(m, "type", NetworkFormat.TryParseTieType) ?? throw Missing(m, "type"),
        Number(m, "weight"),
        OptionalDate(m, "since"),
        OptionalDate(m, "until"));

    /// <summary>The one map a row's only column holds.</summary>
    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new FormatException($"Expected a map, got {value?.GetType().Name ?? "null"}.");

    public static long Integer(object? value) =>
        value is long l ? l : throw new FormatException($"Expected an integer, got {value?.GetType().Name ?? "null"}.");

    /// <summary>An owned list stored as relationships with positions, read as [position, id] pairs, in position order.</summary>
    private static List<string> Ordered(IReadOnlyDictionary<string, object?> m, string key) =>
        List(m, key)
            .Select(pair => pair is IReadOnlyList<object?> { Count: 2 } p && p[0] is long position && p[1] is string id
                ? (Position: position, Id: id)
                : throw new FormatException($"'{key}' of '{Text(m, "id")}' holds {pair} where a [position, id] pair belongs."))
            .OrderBy(p => p.Position)
            .Select(p => p.Id)
            .ToList();

    private static IReadOnlyList<object?> List(IReadOnlyDictionary<string, object?> m, string key) =>
        m.GetValueOrDefault(key) switch
        {
            null => [],
            IReadOnlyList<object?> list => list,
            var other => throw new FormatException($"'{key}' is {other.GetType().Name}, not a list."),
        };

    private static string Text(IReadOnlyDictionary<string, object?> m, string key) =>
        OptionalText(m, key) ?? throw Missing(m, key);

    private static string? OptionalText(IReadOnlyDictionary<string, object?> m, string key) =>
        m.GetValueOrDefault(key) switch
        {
            null => null,
            string s => s,
            var other => throw new FormatException($"'{key}' is {other.GetType().Name}, not a string."),
        };

    private static bool Bool(IReadOnlyDictionary<string, object?> m, string key) => m.GetValueOrDefault(key) is true;

    // A float property written from an integral JSON number may come back as an Integer.
    private static double? Number(IReadOnlyDictionary<string, object?> m, string key) => m.GetValueOrDefault(key) switch
    {
        null => null,
        double d => d,
        long l => l,
        var other => throw new FormatException($"'{key}' is {other.GetType().Name}, not a number."),
    };

    private static DateOnly? OptionalDate(IReadOnlyDictionary<string, object?> m, string key) => m.GetValueOrDefault(key) switch
    {
        null => null,
        DateOnly d => d,
        var other => throw new FormatException($"'{key}' is {other.GetType().Name}, not a DATE."),
    };

    private static DatedValue? Dated(IReadOnlyDictionary<string, object?> m, string valueKey, string dateKey) =>
        Number(m, valueKey) is { } value ? new DatedValue(value, OptionalDate(m, dateKey)) : null;

    private static TEnum? ParseEnum<TEnum>(IReadOnlyDictionary<string, object?> m, string key, TryParse<TEnum> parse)
        where TEnum : struct, Enum =>
        OptionalText(m, key) is not { } text ? null
        : parse(text, out var value) ? value
        : throw new FormatException($"'{key}' holds '{text}', which the network format does not define.");

    private static FormatException Missing(IReadOnlyDictionary<string, object?> m, string key) =>
        new($"A stored entry{(m.GetValueOrDefault("id") is string id ? $" '{id}'" : "")} has no '{key}'.");
}
