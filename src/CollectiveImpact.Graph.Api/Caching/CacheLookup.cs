using System.Text.Json.Serialization;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// One analysis lookup of a request, as the GraphQL response's <c>extensions.cache</c> lists it:
/// <c>{analysis, key, hit, level, computeMs}</c>.
/// </summary>
/// <param name="Analysis">The analysis name.</param>
/// <param name="Key">The full cache key (analysis, network version, parameters).</param>
/// <param name="Hit">Whether the result came from a cache (L1 or L2).</param>
/// <param name="Level">Where it came from: <c>l1</c>, <c>l2</c>, or <c>none</c> when it was computed.</param>
/// <param name="ComputeMs">How long computing the result took, when and wherever it was computed: on a miss this
/// request's wait, on a hit the time the cache saved.</param>
public sealed record CacheLookup(
    [property: JsonPropertyName("analysis")] string Analysis,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("hit")] bool Hit,
    [property: JsonPropertyName("level")] CacheLevel Level,
    [property: JsonPropertyName("computeMs")] double ComputeMs);
