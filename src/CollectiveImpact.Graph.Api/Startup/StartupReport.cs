using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Store.Neo4j;
using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Telemetry;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Startup;

/// <summary>
/// Says on start where the service keeps its data: the network store (the SQLite file's absolute path, or the Neo4j
/// server's address without credentials) and the SQLite file of API keys and the audit log. A new user learns what to
/// back up, and what to delete to start over; an operator sees which files a misconfigured path really points at.
/// </summary>
public sealed class StartupReport(
    INetworkStore store,
    IOptions<Neo4jStoreOptions> neo4j,
    AuthDatabase auth,
    StartupProgress progress,
    IHostApplicationLifetime lifetime,
    ILogger<StartupReport> logger) : IHostedService, IDisposable
{
    private CancellationTokenRegistration listening;

    /// <summary>Where the network is, for people: never a password.</summary>
    public string StoreLocation => ((store as TracedNetworkStore)?.Inner ?? store) switch
    {
        SqliteNetworkStore sqlite => $"SQLite file {sqlite.FullPath}",
        Neo4jNetworkStore => $"Neo4j at {neo4j.Value.DisplayUri} (database {neo4j.Value.Database})",
        _ => store.GetType().Name,
    };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Network store: {StoreLocation}", StoreLocation);
        logger.LogInformation("API keys and audit log: SQLite file {KeysPath}", auth.Path);
        listening = lifetime.ApplicationStarted.Register(progress.MarkListening);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => listening.Dispose();
}
