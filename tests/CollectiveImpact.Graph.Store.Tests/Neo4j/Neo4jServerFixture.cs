using System.Globalization;
using CollectiveImpact.Graph.Store.Neo4j;
using CollectiveImpact.Graph.Store.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// One Neo4j server for a test class, started on first use (never when every test is skipped), and stores on it
/// built the way the service builds them: through <see cref="StoreServiceCollectionExtensions.AddNetworkStore"/>.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncDisposable
{
    private readonly Neo4jTestServer server = new();
    private readonly List<ServiceProvider> providers = [];

    /// <summary>Empties the database (everything, the version node included), so the next store starts at version 0.</summary>
    public Task WipeAsync() =>

        // Test-only Cypher: the adapter never deletes its version node, so no cypher/ file does this.
        RunAsync(new Query(new CypherStatement("tests/wipe", "MATCH (n) DETACH DELETE n", new HashSet<string>()), new Dictionary<string, object?>()));

    /// <summary>Runs one statement in its own write transaction, beside any store.</summary>
    internal async Task<QueryResult> RunAsync(Query query)
    {
        var options = await server.OptionsAsync();
        using var provider = Build(options);
        var client = new QueryApiClient(provider.GetRequiredService<IHttpClientFactory>(), options);
        return await client.RunAsync(query, AccessMode.Write, CancellationToken.None);
    }

    /// <summary>A new store instance (its own cache and HTTP clients) on the server.</summary>
    public async Task<Neo4jNetworkStore> OpenStoreAsync()
    {
        var provider = Build(await server.OptionsAsync());
        lock (providers)
        {
            providers.Add(provider);
        }

        return provider.GetRequiredService<Neo4jNetworkStore>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await server.DisposeAsync();
    }

    private static ServiceProvider Build(Neo4jStoreOptions options)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = options.Uri,
            ["Neo4j:User"] = options.User,
            ["Neo4j:Password"] = options.Password,
            ["Neo4j:Database"] = options.Database,
            ["Neo4j:RequestTimeout"] = TimeSpan.FromSeconds(60).ToString("c", CultureInfo.InvariantCulture),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddNetworkStore(configuration).BuildServiceProvider();
    }
}
