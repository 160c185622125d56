using CollectiveImpact.Graph.Api.Extensions;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.CacheBenchmarks;

/// <summary>
/// One API replica without its HTTP front: the store, projections, <see cref="AnalysisRunner"/> and the analysis cache,
/// registered by the API's own extension methods, so what is measured is the path a GraphQL analysis resolver takes.
/// </summary>
public sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly IHost host;

    private BenchmarkHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public AnalysisRunner Runner => Services.GetRequiredService<AnalysisRunner>();

    public ProjectionProvider Projections => Services.GetRequiredService<ProjectionProvider>();

    public INetworkStore Store => Services.GetRequiredService<INetworkStore>();

    /// <summary>The process-memory cache under HybridCache (its L1); emptied to force the next lookup to Redis.</summary>
    public IMemoryCache Memory => Services.GetRequiredService<IMemoryCache>();

    /// <summary>Starts a replica on the SQLite file <paramref name="databasePath"/>; <paramref name="redis"/> null = L1 only.</summary>
    public static async Task<BenchmarkHost> StartAsync(string databasePath, string? redis)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var values = new Dictionary<string, string?>
        {
            ["Store:Sqlite:Path"] = databasePath,
            // A 20,000-organization result is read and written in one go; a loaded 2-core machine must not take a slow
            // Redis round trip for an outage (which would silently turn an L2 measurement into a computation).
            ["Cache:OperationTimeout"] = "00:00:30",
            ["Cache:ConnectTimeout"] = "00:00:10",
        };
        if (redis is not null)
        {
            values["Redis:Configuration"] = redis;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole();
        builder.AddNetworkServices();
        builder.AddAnalysisCache();
        var host = builder.Build();
        await host.StartAsync();
        return new BenchmarkHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
