using System.Text.Json;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>The stored network as a network document, and the version it was read at.</summary>
public sealed record NetworkExport(long Version, JsonElement Document)
{
    /// <summary>
    /// The date the document is the network as of (<see cref="Store.Domain.TimeRule.AsOf"/>); null for the stored
    /// document itself, every entry with its dates, which is what an export without a date gives.
    /// </summary>
    public DateOnly? AsOf { get; init; }
}
