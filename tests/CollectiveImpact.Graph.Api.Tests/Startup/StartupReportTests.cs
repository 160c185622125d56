using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Startup;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Neo4j;
using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Tests.Startup;

/// <summary>What start-up says about where the data is: absolute paths for SQLite, an address without credentials for Neo4j.</summary>
public sealed class StartupReportTests
{
    [Fact]
    public async Task Start_SqliteStore_LogsBothAbsolutePaths()
    {
        var logs = new CapturedLogs();
        using var store = new SqliteNetworkStore(new SqliteStoreOptions { Path = "relative/network.db" });
        var report = Report(store, new Neo4jStoreOptions(), "relative/auth.db", logs);

        await report.StartAsync(CancellationToken.None);

        Assert.Equal(
            [$"Network store: SQLite file {Path.GetFullPath("relative/network.db")}", $"API keys and audit log: SQLite file {Path.GetFullPath("relative/auth.db")}"],
            logs.Entries.Select(e => e.Message));
    }

    [Fact]
    public void StoreLocation_Neo4jWithCredentialsInTheUri_NamesTheServerWithoutThem()
    {
        var options = new Neo4jStoreOptions { Uri = "http://neo4j:s3cret@db.example:7474", User = "neo4j", Password = "other-secret", Database = "impact" };
        using var store = new Neo4jNetworkStore(new PlainHttpClients(), options);

        var location = Report(store, options, "auth.db", new CapturedLogs()).StoreLocation;

        Assert.Equal("Neo4j at http://db.example:7474 (database impact)", location);
    }

    private static StartupReport Report(INetworkStore store, Neo4jStoreOptions neo4j, string keysPath, CapturedLogs logs) => new(
        store, Options.Create(neo4j), new AuthDatabase(keysPath), new StartupProgress(), new NotStartedLifetime(),
        LoggerFactory.Create(logging => logging.AddProvider(logs)).CreateLogger<StartupReport>());

    private sealed class PlainHttpClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }

    private sealed class NotStartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
