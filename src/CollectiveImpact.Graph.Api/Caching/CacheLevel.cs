using System.Text.Json.Serialization;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>Where a result came from: process memory (L1), Redis (L2), or neither (it was computed).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CacheLevel>))]
public enum CacheLevel
{
    /// <summary>Not cached: computed for this request (or joined a computation already running).</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Found in this process's memory.</summary>
    [JsonStringEnumMemberName("l1")]
    Memory,

    /// <summary>Found in Redis, put there by this or another replica.</summary>
    [JsonStringEnumMemberName("l2")]
    Distributed,
}
