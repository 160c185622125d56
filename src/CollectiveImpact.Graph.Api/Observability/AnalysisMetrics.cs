using System.Diagnostics;
using System.Diagnostics.Metrics;
using CollectiveImpact.Graph.Store.Telemetry;

namespace CollectiveImpact.Graph.Api.Observability;

/// <summary>
/// The analyses' instruments on the meter <see cref="ApiTelemetry.Name"/>: how long each computation held a worker
/// (by analysis and projection), how many bytes it allocated, how long it waited for one, and how every run ended.
/// </summary>
public sealed class AnalysisMetrics
{
    private readonly Histogram<double> computeDuration;
    private readonly Histogram<double> queueDuration;
    private readonly Histogram<long> computeAllocated;
    private readonly Counter<long> runs;

    public AnalysisMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(ApiTelemetry.Name);
        computeDuration = meter.CreateHistogram<double>("cig.analysis.compute.duration", "s",
            "Time an analysis computed on a scheduler worker (projection build included), by analysis, projection and outcome.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StoreTelemetry.DurationBuckets });
        computeAllocated = meter.CreateHistogram<long>("cig.analysis.compute.allocated", "By",
            "Bytes an analysis's computation allocated on its scheduler worker thread (GC.GetAllocatedBytesForCurrentThread; "
            + "a parallel measure's other threads are not counted), by analysis and projection.",
            tags: null, advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = AllocationBuckets });
        queueDuration = meter.CreateHistogram<double>("cig.analysis.queue.duration", "s",
            "Time an analysis waited in the scheduler's queue before a worker took it.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StoreTelemetry.DurationBuckets });
        runs = meter.CreateCounter<long>("cig.analysis.runs", "{run}",
            "Analysis requests, by analysis, where the result came from (cache level) and outcome.");
    }

    internal void Computed(string analysis, string projection, string outcome, TimeSpan elapsed) =>
        computeDuration.Record(elapsed.TotalSeconds, new TagList
        {
            { "cig.analysis", analysis },
            { "cig.projection", projection },
            { "cig.outcome", outcome },
        });

    /// <summary>Powers of four from 64 KiB to 4 GiB: a cached lookup's few kilobytes to a runaway computation's gigabytes.</summary>
    private static IReadOnlyList<long> AllocationBuckets { get; } = [.. Enumerable.Range(0, 9).Select(i => (1L << 16) << (2 * i))];

    internal void Allocated(string analysis, string projection, long bytes) =>
        computeAllocated.Record(bytes, new TagList
        {
            { "cig.analysis", analysis },
            { "cig.projection", projection },
        });

    internal void Queued(string analysis, TimeSpan waited) =>
        queueDuration.Record(waited.TotalSeconds, new KeyValuePair<string, object?>("cig.analysis", analysis));

    internal void Ran(string analysis, string cacheLevel, string outcome) =>
        runs.Add(1, new TagList
        {
            { "cig.analysis", analysis },
            { "cig.cache.level", cacheLevel },
            { "cig.outcome", outcome },
        });
}
