using System.Diagnostics;
using System.Diagnostics.Metrics;
using CollectiveImpact.Graph.Store.Telemetry;

namespace CollectiveImpact.Graph.Api.Observability;

/// <summary>
/// The analyses' instruments on the meter <see cref="ApiTelemetry.Name"/>: how long each computation held a worker
/// (by analysis and projection), how long it waited for one, and how every run ended.
/// </summary>
public sealed class AnalysisMetrics
{
    private readonly Histogram<double> computeDuration;
    private readonly Histogram<double> queueDuration;
    private readonly Counter<long> runs;

    public AnalysisMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(ApiTelemetry.Name);
        computeDuration = meter.CreateHistogram<double>("cig.analysis.compute.duration", "s",
            "Time an analysis computed on a scheduler worker (projection build included), by analysis, projection and outcome.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StoreTelemetry.DurationBuckets });
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
