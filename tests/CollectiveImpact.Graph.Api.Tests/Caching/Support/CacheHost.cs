using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Extensions;
using CollectiveImpact.Graph.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.Caching.Support;

/// <summary>
/// One replica's cache, wired exactly as the API host wires it (<see cref="CachingExtensions.AddAnalysisCache"/>),
/// with the shortest retry interval so outage tests finish quickly, and long timeouts so that a busy machine is not
/// taken for a Redis outage. Two of these on one Redis are two replicas.
/// </summary>
public sealed class CacheHost : IAsyncDisposable
{
    private readonly IHost host;

    private CacheHost(IHost host, RecordedLogs logs)
    {
        this.host = host;
        Logs = logs;
    }

    public IServiceProvider Services => host.Services;

    public AnalysisCache Cache => Services.GetRequiredService<AnalysisCache>();

    public RecordedLogs Logs { get; }

    /// <summary>Starts a replica; <paramref name="redis"/> null means no Redis configured.</summary>
    public static async Task<CacheHost> StartAsync(string? redis, IDictionary<string, string?>? settings = null, string? databasePath = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var values = new Dictionary<string, string?>
        {
            ["Cache:RetryInterval"] = "00:00:00.500",
            // Generous: a Redis that is down fails fast (closed socket, fail-fast backlog), so only a CPU-starved CI
            // machine would ever wait this long, and it must not mistake slowness for an outage.
            ["Cache:ConnectTimeout"] = "00:00:10",
            ["Cache:OperationTimeout"] = "00:00:10",
        };
        if (redis is not null)
        {
            values["Redis:Configuration"] = redis;
        }

        if (databasePath is not null)
        {
            values["Store:Sqlite:Path"] = databasePath;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        var logs = new RecordedLogs();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.AddAnalysisCache();
        if (databasePath is not null)
        {
            builder.Services.AddNetworkStore(builder.Configuration);
        }

        var host = builder.Build();
        await host.StartAsync();
        return new CacheHost(host, logs);
    }

    /// <summary>The readiness checks' report, as <c>/readyz</c> computes it.</summary>
    public Task<HealthReport> CheckReadinessAsync() =>
        Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains(HealthExtensions.ReadyTag));

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
