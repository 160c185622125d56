using System.Globalization;
using System.Text.Json;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// Decodes the Query API's typed JSON (<c>Accept: application/vnd.neo4j.query</c>), where every value is
/// <c>{"$type": …, "_value": …}</c>, into .NET values: Null → null, Boolean → bool, Integer → long, Float → double,
/// String → string, Date → <see cref="DateOnly"/>, LocalDateTime → <see cref="DateTime"/>, OffsetDateTime and
/// ZonedDateTime → <see cref="DateTimeOffset"/> (the zone name dropped), Base64 → byte[], List → list, Map →
/// dictionary, Node/Relationship/Path → <see cref="GraphNode"/>/<see cref="GraphRelationship"/>/<see cref="GraphPath"/>.
/// Time, LocalTime, Duration and Point stay as their ISO/WKT text.
/// </summary>
/// <remarks>Typed rather than plain JSON because plain JSON cannot tell a DATE from a string, or 3 from 3.0.</remarks>
internal static class TypedJsonValue
{
    /// <exception cref="FormatException">The element is not a typed value, or its type is unknown.</exception>
    public static object? Decode(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"Expected a typed value {{\"$type\": …, \"_value\": …}}, got {Describe(element)}.");
        }

        var type = typeElement.GetString()!;
        element.TryGetProperty("_value", out var value);
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(Text(value, type), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(Text(value, type)),
            "String" => Text(value, type),
            "Base64" => Convert.FromBase64String(Text(value, type)),
            "Date" => DateOnly.ParseExact(Text(value, type), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "LocalDateTime" => DateTime.Parse(Text(value, type), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "OffsetDateTime" or "ZonedDateTime" => ParseOffsetDateTime(Text(value, type)),
            "Time" or "LocalTime" or "Duration" or "Point" => Text(value, type),
            "List" => value.EnumerateArray().Select(Decode).ToList(),
            "Map" => DecodeMap(value),
            "Node" => DecodeNode(value),
            "Relationship" => DecodeRelationship(value),
            "Path" => new GraphPath(value.EnumerateArray().Select(e => Decode(e) ?? throw new FormatException("A path element is null.")).ToList()),
            _ => throw new FormatException($"Unknown typed JSON type '{type}'."),
        };
    }

    public static Dictionary<string, object?> DecodeMap(JsonElement map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            result[property.Name] = Decode(property.Value);
        }

        return result;
    }

    private static GraphNode DecodeNode(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
        DecodeMap(value.GetProperty("_properties")));

    private static GraphRelationship DecodeRelationship(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_start_node_element_id").GetString()!,
        value.GetProperty("_end_node_element_id").GetString()!,
        value.GetProperty("_type").GetString()!,
        DecodeMap(value.GetProperty("_properties")));

    private static string Text(JsonElement value, string type) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"A {type} value must be a JSON string, got {Describe(value)}.");

    // The API writes out-of-range floats as NaN, Infinity and -Infinity (and documents "Nan" once): accept any case.
    private static double ParseFloat(string text) => text.ToUpperInvariant() switch
    {
        "NAN" or "-NAN" => double.NaN,
        "INFINITY" => double.PositiveInfinity,
        "-INFINITY" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    // A zoned value reads "2015-11-21T21:40:32.142Z[Antarctica/Troll]": the instant and offset precede the zone name.
    private static DateTimeOffset ParseOffsetDateTime(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        return DateTimeOffset.Parse(bracket < 0 ? text : text[..bracket], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    private static string Describe(JsonElement element)
    {
        var raw = element.ValueKind == JsonValueKind.Undefined ? "nothing" : element.GetRawText();
        return raw.Length > 80 ? raw[..80] + "…" : raw;
    }
}
