using System.ComponentModel;
using System.Text.Json.Serialization;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>What is cached for a key: the result, and how long it took to compute (so a hit can report what it saved).</summary>
/// <remarks>
/// Marked immutable so HybridCache hands every caller the same instance from memory instead of deserializing a
/// defensive copy per hit, which for a 20,000-organization result would cost as much as a small computation.
/// The price: callers must treat cached results as read-only (analysis results are records with read-only lists).
/// </remarks>
[ImmutableObject(true)]
internal sealed record CachedAnalysis<T>(T Value, double ComputeMilliseconds)
{
    /// <summary>Set only on the instance this process computed; one read back from Redis never has it.</summary>
    [JsonIgnore]
    public bool ComputedHere { get; init; }
}
