using System.Text.Json;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>The stored network as a network document, and the version it was read at.</summary>
public sealed record NetworkExport(long Version, JsonElement Document);
