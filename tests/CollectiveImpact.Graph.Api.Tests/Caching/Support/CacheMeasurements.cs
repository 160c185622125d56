using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CollectiveImpact.Graph.Api.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Caching.Support;

/// <summary>
/// Listens to the cache meter of the given service providers only (meters from <see cref="IMeterFactory"/> are scoped
/// to their factory), so tests running in parallel do not count each other's lookups.
/// </summary>
public sealed class CacheMeasurements : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<Measurement> measurements = new();

    public CacheMeasurements(params IServiceProvider[] providers)
    {
        var factories = providers.Select(provider => (object)provider.GetRequiredService<IMeterFactory>()).ToHashSet();
        listener.InstrumentPublished = (instrument, own) =>
        {
            if (instrument.Meter.Name == CacheMetrics.MeterName && instrument.Meter.Scope is { } scope && factories.Contains(scope))
            {
                own.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.Start();
    }

    /// <summary>The sum of <paramref name="instrument"/>'s measurements with these tag values (null: any).</summary>
    public double Sum(string instrument, string? analysis = null, string? level = null) =>
        Matching(instrument, analysis, level).Sum(measurement => measurement.Value);

    /// <summary>How many measurements <paramref name="instrument"/> recorded with these tag values (null: any).</summary>
    public int Count(string instrument, string? analysis = null, string? level = null) => Matching(instrument, analysis, level).Count();

    /// <summary>Reads the observable instruments (gauges) once, adding their values as measurements.</summary>
    public void Observe() => listener.RecordObservableInstruments();

    public void Dispose() => listener.Dispose();

    private IEnumerable<Measurement> Matching(string instrument, string? analysis, string? level) =>
        measurements.Where(measurement => measurement.Instrument == instrument
            && (analysis is null || measurement.Analysis == analysis)
            && (level is null || measurement.Level == level));

    private void Add<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        string? analysis = null;
        string? level = null;
        foreach (var tag in tags)
        {
            if (tag.Key == "analysis")
            {
                analysis = tag.Value as string;
            }
            else if (tag.Key == "level")
            {
                level = tag.Value as string;
            }
        }

        measurements.Enqueue(new Measurement(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), analysis, level));
    }

    private sealed record Measurement(string Instrument, double Value, string? Analysis, string? Level);
}
