using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// How this service writes an entry (a node, tie, measurement, survey round or answer) as JSON of its own: the
/// record's settable properties in web casing, computed ones left out. <see cref="Stored"/> is what the access layer's
/// file keeps and what a revision hashes; <see cref="Readable"/> spells enums as the network format does
/// (SHARES_DATA), for what people read (an entry's history).
/// </summary>
public static class EntryJson
{
    public static JsonSerializerOptions Stored { get; } = new(JsonSerializerDefaults.Web) { IgnoreReadOnlyProperties = true };

    public static JsonSerializerOptions Readable { get; } = new(Stored)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };
}
