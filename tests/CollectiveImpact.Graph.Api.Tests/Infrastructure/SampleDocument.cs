using System.Text.Json;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>
/// The sample document the service loads on first start, read here as plain JSON, independently of the service's
/// reader, so expected values come from the file rather than from the code under test.
/// </summary>
public static class SampleDocument
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "riverbend-thrives.network.json");
        return JsonDocument.Parse(File.ReadAllBytes(path)).RootElement.Clone();
    });

    public static JsonElement Initiative => Root.Value.GetProperty("initiative");

    public static IReadOnlyList<JsonElement> Goals => List("goals");

    public static IReadOnlyList<JsonElement> Indicators => List("indicators");

    public static IReadOnlyList<JsonElement> Measurements => List("measurements");

    public static IReadOnlyList<JsonElement> Organizations => List("organizations");

    public static IReadOnlyList<JsonElement> People => List("people");

    public static IReadOnlyList<JsonElement> Activities => List("activities");

    public static IReadOnlyList<JsonElement> Ties => List("ties");

    public static string Text(this JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    public static bool Flag(this JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    public static IReadOnlyList<string> Strings(this JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(v => v.GetString()!)]
            : [];

    public static IReadOnlyList<string> Ids(this IEnumerable<JsonElement> entries) =>
        [.. entries.Select(e => e.Text("id")).Order(StringComparer.Ordinal)];

    private static IReadOnlyList<JsonElement> List(string name) => [.. Root.Value.GetProperty(name).EnumerateArray()];
}
