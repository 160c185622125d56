using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CollectiveImpact.Graph.Store.Telemetry;

/// <summary>
/// The store's activity source and meter, both named <see cref="Name"/>: a span and a latency measurement per call of
/// the storage port, whichever adapter is behind it. docs/observability.md lists what they carry.
/// </summary>
/// <remarks>
/// Static, as <see cref="ActivitySource"/> has no factory: with no listener (no OpenTelemetry configured), starting a
/// span returns null and recording a measurement returns at once, so the store pays nothing when nobody watches.
/// </remarks>
public static class StoreTelemetry
{
    /// <summary>The activity source's and the meter's name, to add to a tracer or meter provider.</summary>
    public const string Name = "CollectiveImpact.Graph.Store";

    /// <summary>
    /// Bucket bounds (seconds) for the duration histograms of the store and the API: 1 ms to 30 s, where the SDK's
    /// default bounds (0 to 10,000) suit milliseconds and would put every call in the first bucket.
    /// </summary>
    public static IReadOnlyList<double> DurationBuckets { get; } = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    internal static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    /// <summary>Seconds per store call, by operation, store system and outcome.</summary>
    internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "cig.store.operation.duration", "s", "Time one call of the storage port took, by operation, store and outcome.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
}
