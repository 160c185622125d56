using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// The cache's instruments, on the meter <see cref="MeterName"/>: lookups per level (hits and misses), computation
/// times, and what process memory holds.
/// </summary>
/// <remarks>
/// A lookup counts at each level it reached: found in memory is one <c>l1</c> hit; found in Redis is an <c>l1</c> miss
/// and an <c>l2</c> hit; computed is an <c>l1</c> miss and, when Redis is configured, an <c>l2</c> miss. So the hit
/// ratio of each level reads straight off its two counters.
/// </remarks>
public sealed class CacheMetrics
{
    public const string MeterName = "CollectiveImpact.Graph.Cache";

    /// <summary>
    /// The tag a lookup leaves on the current span (the analysis's): the level that answered it, <c>l1</c> or <c>l2</c>,
    /// or <c>none</c> when it missed. The last lookup of a run wins, which is the one that answered.
    /// </summary>
    public const string LevelTag = "cig.cache.level";

    private readonly Meter meter;
    private readonly Counter<long> hits;
    private readonly Counter<long> misses;
    private readonly Histogram<double> computeDuration;

    public CacheMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        meter = meterFactory.Create(MeterName);
        hits = meter.CreateCounter<long>("cache.hits", "{lookup}", "Analysis lookups answered from a cache level.");
        misses = meter.CreateCounter<long>("cache.misses", "{lookup}", "Analysis lookups a cache level could not answer.");
        computeDuration = meter.CreateHistogram<double>("analysis.compute.duration", "s", "Time spent computing analysis results on a cache miss.");
    }

    internal void Hit(string analysis, CacheLevel level)
    {
        hits.Add(1, Tags(analysis, level));
        Activity.Current?.SetTag(LevelTag, level == CacheLevel.Memory ? "l1" : "l2");
    }

    internal void Miss(string analysis, CacheLevel level)
    {
        misses.Add(1, Tags(analysis, level));
        Activity.Current?.SetTag(LevelTag, "none");
    }

    /// <summary>Publishes what the process-memory level holds, read when the metrics are collected.</summary>
    internal void ObserveMemory(Func<long> bytes, Func<long> entries)
    {
        meter.CreateObservableGauge("cache.memory.size", bytes, "By", "JSON bytes of the analysis results held in process memory (L1).");
        meter.CreateObservableGauge("cache.memory.entries", entries, "{result}", "Analysis results held in process memory (L1).");
    }

    internal void Computed(string analysis, TimeSpan elapsed) =>
        computeDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("analysis", analysis));

    private static TagList Tags(string analysis, CacheLevel level) => new()
    {
        { "analysis", analysis },
        { "level", level == CacheLevel.Memory ? "l1" : "l2" },
    };
}
