using OpenTelemetry.Metrics;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>Reads exported metric snapshots: the points of a metric whose tags include the given ones.</summary>
public static class MetricReading
{
    public static IReadOnlyList<MetricPoint> Points(this IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
    [
        .. metrics.Where(m => m.Name == name)
            .SelectMany(m => m.MetricPoints)
            .Where(p => tags.All(t => TagsOf(p).TryGetValue(t.Key, out var value) && Equals(value?.ToString(), t.Value))),
    ];

    public static Dictionary<string, object?> TagsOf(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }

    /// <summary>The sum of a counter's points (long).</summary>
    public static long Sum(this IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
        metrics.Points(name, tags).Sum(p => p.GetSumLong());

    /// <summary>How many values a histogram's points recorded.</summary>
    public static long HistogramCount(this IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
        metrics.Points(name, tags).Sum(p => p.GetHistogramCount());
}
