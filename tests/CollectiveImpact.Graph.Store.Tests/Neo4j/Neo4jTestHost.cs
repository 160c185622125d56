using System.Globalization;
using CollectiveImpact.Graph.Store.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// The Neo4j store wired exactly as the service wires it (<see cref="StoreServiceCollectionExtensions.AddNetworkStore"/>:
/// the named HTTP client, its resilience pipeline), with the network replaced by a <see cref="RecordingHandler"/> and
/// the retry delays shortened to milliseconds.
/// </summary>
internal sealed class Neo4jTestHost : IDisposable
{
    private readonly ServiceProvider provider;

    public Neo4jTestHost(RecordingHandler handler, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = "http://neo4j.test:7474",
            ["Neo4j:User"] = "neo4j",
            ["Neo4j:Password"] = "verysecret",
            ["Neo4j:RetryBaseDelay"] = TimeSpan.FromMilliseconds(1).ToString("c", CultureInfo.InvariantCulture),
            ["Neo4j:MaxRetries"] = "3",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var services = new ServiceCollection().AddNetworkStore(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
        services.AddHttpClient(Neo4jNetworkStore.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        provider = services.BuildServiceProvider();
        Handler = handler;
    }

    public RecordingHandler Handler { get; }

    public Neo4jStoreOptions Options => provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;

    public IHttpClientFactory HttpClients => provider.GetRequiredService<IHttpClientFactory>();

    /// <summary>The store the service would get.</summary>
    public Neo4jNetworkStore Store => provider.GetRequiredService<Neo4jNetworkStore>();

    public QueryApiClient Client() => new(HttpClients, Options);

    /// <summary>A store on the same pipeline that reports its unit-of-work retries.</summary>
    public Neo4jNetworkStore StoreObservingRetries(List<(int Attempt, TimeSpan Delay, Exception Failure)> retries) =>
        new(HttpClients, Options, (attempt, delay, failure) =>
        {
            lock (retries)
            {
                retries.Add((attempt, delay, failure));
            }
        });

    public void Dispose() => provider.Dispose();
}
