using System.Globalization;
using System.Text.Json;
using CollectiveImpact.Graph.Store.Domain;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// How domain values sit in columns, in one place for the reader and the writer: dates as ISO text (so they sort),
/// enums by name (so a reordered enum cannot change stored meaning), booleans as 0/1, lists as child rows.
/// Each kind's column list is read by alias <c>t</c> in the order its <c>Read*</c> method expects.
/// </summary>
internal static class SqliteRowMapping
{
    public const string InitiativeColumns = "t.id, t.name, t.backbone, t.description";

    public const string GoalColumns = "t.id, t.name, t.description";

    public const string IndicatorColumns =
        "t.id, t.name, t.goal, t.unit, t.direction, t.baseline_value, t.baseline_date, t.target_value, t.target_date";

    public const string MeasurementColumns = "t.indicator, t.date, t.value, t.reported_by";

    public const string OrganizationColumns = "t.id, t.name, t.sector, t.community_led, t.since, t.until";

    public const string PersonColumns = "t.id, t.name, t.organization, t.role, t.email, t.community_member, t.since, t.until";

    public const string ActivityColumns = "t.id, t.name, t.lead, t.status, t.start_date, t.end_date";

    public const string TieColumns = "t.key_from, t.key_to, t.type, t.reversed, t.weight, t.since, t.until";

    public static string KindName(NodeKind kind) => kind switch
    {
        NodeKind.Initiative => "initiative",
        NodeKind.Goal => "goal",
        NodeKind.Indicator => "indicator",
        NodeKind.Organization => "organization",
        NodeKind.Person => "person",
        NodeKind.Activity => "activity",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown node kind."),
    };

    public static object Value(string? text) => text is null ? DBNull.Value : text;

    public static object Value(double? number) => number is null ? DBNull.Value : number.Value;

    public static object Value(DateOnly? date) =>
        date is null ? DBNull.Value : date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object Value<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is null ? DBNull.Value : value.Value.ToString();

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A list as one JSON array parameter, read in SQL with <c>json_each</c>: any length, one parameter.</summary>
    public static string JsonArray(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    public static Initiative ReadInitiative(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), NullableText(r, 2), NullableText(r, 3));

    public static Goal ReadGoal(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), NullableText(r, 2));

    public static Indicator ReadIndicator(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        NullableText(r, 3),
        Enum.Parse<Direction>(r.GetString(4)),
        ReadDatedValue(r, 5),
        ReadDatedValue(r, 7));

    public static Measurement ReadMeasurement(SqliteDataReader r) =>
        new(r.GetString(0), ParseDate(r.GetString(1)), r.GetDouble(2), NullableText(r, 3));

    public static Organization ReadOrganization(SqliteDataReader r, ChildLists goals)
    {
        var id = r.GetString(0);
        return new Organization(id, r.GetString(1), NullableEnum<Sector>(r, 2), r.GetInt64(3) != 0, goals.Of(id), NullableDate(r, 4), NullableDate(r, 5));
    }

    public static Person ReadPerson(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), NullableText(r, 2), NullableText(r, 3), NullableText(r, 4), r.GetInt64(5) != 0, NullableDate(r, 6), NullableDate(r, 7));

    public static Activity ReadActivity(SqliteDataReader r, ActivityLists lists)
    {
        var id = r.GetString(0);
        return new Activity(
            id,
            r.GetString(1),
            r.GetString(2),
            lists.Partners.Of(id),
            lists.Indicators.Of(id),
            lists.Populations.Of(id),
            lists.Places.Of(id),
            NullableEnum<ActivityStatus>(r, 3),
            NullableDate(r, 4),
            NullableDate(r, 5));
    }

    public static Tie ReadTie(SqliteDataReader r)
    {
        var keyFrom = r.GetString(0);
        var keyTo = r.GetString(1);
        var reversed = r.GetInt64(3) != 0;
        return new Tie(
            reversed ? keyTo : keyFrom,
            reversed ? keyFrom : keyTo,
            Enum.Parse<TieType>(r.GetString(2)),
            r.IsDBNull(4) ? null : r.GetDouble(4),
            NullableDate(r, 5),
            NullableDate(r, 6));
    }

    private static DatedValue? ReadDatedValue(SqliteDataReader r, int valueOrdinal) =>
        r.IsDBNull(valueOrdinal) ? null : new DatedValue(r.GetDouble(valueOrdinal), NullableDate(r, valueOrdinal + 1));

    private static string? NullableText(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static DateOnly? NullableDate(SqliteDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? null : ParseDate(r.GetString(ordinal));

    private static TEnum? NullableEnum<TEnum>(SqliteDataReader r, int ordinal)
        where TEnum : struct, Enum => r.IsDBNull(ordinal) ? null : Enum.Parse<TEnum>(r.GetString(ordinal));

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
