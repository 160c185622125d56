using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Observability;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Telemetry;
using GraphQL;
using GraphQL.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Instrumentation.StackExchangeRedis;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary>
/// Traces, metrics and logs with OpenTelemetry (section <c>Observability</c>, docs/observability.md): what is traced and
/// measured is always registered; OpenTelemetry's providers are built only when something exports (OTLP, Prometheus,
/// the console), so an unconfigured service creates no spans and aggregates no measurements.
/// </summary>
public static class ObservabilityExtensions
{
    /// <summary>Call after the store is registered (<see cref="NetworkServicesExtensions.AddNetworkServices"/>): it wraps it.</summary>
    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ObservabilityOptions>().BindConfiguration(ObservabilityOptions.Section)
            .Validate(o => !o.Problems().Any(), "The Observability section is invalid: see docs/observability.md for its settings.")
            .ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<AnalysisMetrics>();
        services.AddSingleton<SchedulerMetrics>();
        services.AddSingleton<NetworkSizeMetrics>();
        // The document is never recorded: its text may carry what variables would (names, notes).
        services.AddGraphQL(graphql => graphql
            .UseTelemetry(telemetry => telemetry.RecordDocument = false)
            .ConfigureExecution<GraphQLRequestMetrics>());
        TraceStore(services);

        // The logger factory's scopes carry the current span's ids, so every log line of a request names its trace.
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var settings = builder.Configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        var usesRedis = CacheOptions.ReadRedisConfiguration(builder.Configuration) is not null;
        services.ConfigureOpenTelemetryTracerProvider(tracing => ConfigureTracing(tracing, settings, usesRedis));
        services.ConfigureOpenTelemetryMeterProvider(ConfigureMetrics);

        var otlp = settings.Otlp.Endpoint is { Length: > 0 } endpoint ? endpoint : builder.Configuration[ObservabilityOptions.OtlpEndpointVariable];
        var hasOtlp = !string.IsNullOrWhiteSpace(otlp);
        if (!hasOtlp && !settings.Console && !settings.Prometheus.Enabled)
        {
            return builder;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(settings.ServiceName));
        if (hasOtlp || settings.Console)
        {
            telemetry.WithTracing(tracing =>
            {
                if (hasOtlp)
                {
                    tracing.AddOtlpExporter(o => Otlp(o, otlp!, settings.Otlp));
                }

                if (settings.Console)
                {
                    tracing.AddConsoleExporter();
                }
            });
        }

        telemetry.WithMetrics(metrics =>
        {
            if (hasOtlp)
            {
                metrics.AddOtlpExporter(o => Otlp(o, otlp!, settings.Otlp));
            }

            if (settings.Prometheus.Enabled)
            {
                metrics.AddPrometheusExporter();
            }

            if (settings.Console)
            {
                metrics.AddConsoleExporter();
            }
        });

        if (hasOtlp)
        {
            telemetry.WithLogging(logging => logging.AddOtlpExporter(o => Otlp(o, otlp!, settings.Otlp)), o => o.IncludeScopes = true);
        }

        return builder;
    }

    /// <summary>The Prometheus scrape endpoint (<c>Observability:Prometheus</c>), for backbone callers only.</summary>
    public static WebApplication MapObservability(this WebApplication app)
    {
        var prometheus = app.Services.GetRequiredService<IOptions<ObservabilityOptions>>().Value.Prometheus;
        if (prometheus.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(prometheus.Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(RequireBackboneAsync), optionsName: null);
        }

        return app;
    }

    /// <summary>
    /// Metrics name the service's work and its callers' operations: backbone only, the role that already administers
    /// it, so a scraper holds a backbone key (Prometheus sends it with <c>authorization: credentials</c>).
    /// </summary>
    private static Task RequireBackboneAsync(HttpContext http, RequestDelegate next)
    {
        var caller = Caller.From(http.User);
        if (caller is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        if (caller.Role != Roles.Backbone)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(http);
    }

    private static void ConfigureTracing(TracerProviderBuilder tracing, ObservabilityOptions settings, bool usesRedis)
    {
        tracing
            .AddSource(ApiTelemetry.Name, StoreTelemetry.Name, GraphQLTelemetryProvider.SourceName)
            // Scrapes every few seconds would drown the traces that matter.
            .AddAspNetCoreInstrumentation(o => o.Filter = http =>
                !(settings.Prometheus.Enabled && http.Request.Path.StartsWithSegments(settings.Prometheus.Path)))
            .AddHttpClientInstrumentation();
        if (usesRedis)
        {
            tracing.AddRedisInstrumentation().ConfigureRedisInstrumentation((provider, redis) => TraceRedis(provider, redis));
        }
    }

    private static void ConfigureMetrics(MeterProviderBuilder metrics)
    {
        metrics
            .AddMeter(ApiTelemetry.Name, StoreTelemetry.Name, CacheMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            // Observable instruments exist once their owners do: built with the provider.
            .AddInstrumentation(provider => provider.GetRequiredService<SchedulerMetrics>())
            .AddInstrumentation(provider => provider.GetRequiredService<NetworkSizeMetrics>())
            // The cache names its instruments for its own tests; exported under the service's prefix like the rest.
            .AddView("cache.hits", "cig.cache.hits")
            .AddView("cache.misses", "cig.cache.misses")
            .AddView("cache.lock.waits", "cig.cache.lock.waits")
            .AddView("analysis.compute.duration", new ExplicitBucketHistogramConfiguration
            {
                Name = "cig.cache.fill.duration",
                Boundaries = [.. StoreTelemetry.DurationBuckets],
            });
    }

    /// <summary>Every store call goes through <see cref="TracedNetworkStore"/>, whichever adapter configuration chose.</summary>
    private static void TraceStore(IServiceCollection services)
    {
        var adapter = services.Last(d => d.ServiceType == typeof(INetworkStore));
        services.Remove(adapter);
        services.AddSingleton<INetworkStore>(provider => new TracedNetworkStore(
            adapter.ImplementationInstance as INetworkStore
            ?? (INetworkStore?)adapter.ImplementationFactory?.Invoke(provider)
            ?? (INetworkStore)ActivatorUtilities.CreateInstance(provider, adapter.ImplementationType!)));
    }

    /// <summary>
    /// The cache connects to Redis lazily; tracing attaches to the connection once it exists, asking for it now (a
    /// connection that cannot reach Redis still completes: it retries in the background).
    /// </summary>
    private static void TraceRedis(IServiceProvider provider, StackExchangeRedisInstrumentation redis) =>
        _ = provider.GetRequiredService<RedisConnection>().GetAsync()
            .ContinueWith(connected => redis.AddConnection(connected.Result), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    private static void Otlp(OtlpExporterOptions exporter, string endpoint, OtlpOptions settings)
    {
        exporter.Endpoint = new Uri(endpoint);
        exporter.Protocol = settings.Protocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
    }
}
