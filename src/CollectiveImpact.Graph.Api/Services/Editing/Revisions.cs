using System.Security.Cryptography;
using System.Text.Json;

namespace CollectiveImpact.Graph.Api.Services.Editing;

/// <summary>
/// An entry's revision (docs/web.md, "Editing"): 16 hex digits of the SHA-256 of the entry as stored, so any change to
/// any of its fields gives another revision. A form keeps the revision it opened; a save that names it is refused
/// with CONFLICT when the entry changed in between (optimistic concurrency per entry, not per network version, so two
/// people editing different entries never stop each other).
/// </summary>
public static class Revisions
{
    private static JsonSerializerOptions Json => EntryJson.Stored;

    public static string Of(object entry) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(entry, entry.GetType(), Json)).AsSpan(0, 8));
}
