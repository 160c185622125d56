using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>
/// The real host with OpenTelemetry on (the Prometheus endpoint enabled) and the in-memory exporters added beside it:
/// every finished span in <see cref="Spans"/>, metrics on <see cref="CollectMetrics"/>, logs with their scopes in <see cref="Logs"/>.
/// </summary>
/// <remarks>
/// Activity listeners are process-wide, so <see cref="Spans"/> may hold spans of other hosts: tests pick theirs by
/// the trace id they send in <c>traceparent</c>. The observability tests run in a collection of their own, without
/// other tests alongside, so the meters they read are not moved by another host.
/// </remarks>
public sealed class ObservedApiFactory : ApiFactory
{
    private readonly ConcurrentCollection<MetricSnapshot> metrics = new();
    private readonly object collecting = new();

    public ConcurrentCollection<Activity> Spans { get; } = new();

    public ScopedLogs Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Observability:Prometheus:Enabled"] = "true",
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
    };

    /// <summary>The factory's settings alone (the class-fixture constructor).</summary>
    public ObservedApiFactory()
    {
    }

    private ObservedApiFactory(IReadOnlyDictionary<string, string?> settings)
    {
        Settings = Settings.Concat(settings).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
    }

    /// <summary>A host with settings of the test's own, added to (or replacing) the factory's.</summary>
    public static ObservedApiFactory With(IReadOnlyDictionary<string, string?> settings) => new(settings);

    /// <summary>Every metric stream as it stands now (cumulative since the host started).</summary>
    public IReadOnlyList<MetricSnapshot> CollectMetrics()
    {
        lock (collecting)
        {
            metrics.Clear();
            Services.GetRequiredService<MeterProvider>().ForceFlush();
            return [.. metrics];
        }
    }

    /// <summary>A client whose requests carry <c>traceparent</c> with a new trace id, returned beside it.</summary>
    public (GraphQLClient Client, ActivityTraceId TraceId) TracedClient()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        return (new GraphQLClient(client), traceId);
    }

    /// <summary>The spans of one trace, once its server span ended (it ends after the response was sent).</summary>
    public async Task<IReadOnlyList<Activity>> TraceAsync(ActivityTraceId traceId)
    {
        await Caching.Support.Eventually.WaitUntilAsync(
            () => Spans.Any(s => s.TraceId == traceId && s.Kind == ActivityKind.Server), "the request's server span ended");
        return [.. Spans.Where(s => s.TraceId == traceId)];
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddInMemoryExporter(Spans))
            .WithMetrics(meters => meters.AddInMemoryExporter(metrics));
        services.AddSingleton<ILoggerProvider>(Logs);
    }
}
