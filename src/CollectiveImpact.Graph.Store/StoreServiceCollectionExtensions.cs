using CollectiveImpact.Graph.Store.Neo4j;
using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Store;

/// <summary>The store project's one registration: configuration chooses the adapter behind <see cref="INetworkStore"/>.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>The setting that chooses Neo4j over the embedded SQLite store.</summary>
    public const string Neo4jUriKey = Neo4jStoreOptions.SectionName + ":Uri";

    /// <summary>
    /// Registers <see cref="INetworkStore"/> and <see cref="ISnapshotStore"/> (kept in the same database) as singletons, its options validated when the host starts:
    /// Neo4j over the HTTP Query API when <c>Neo4j:Uri</c> is set (section <c>Neo4j</c>: Uri, User, Password or
    /// Token, Database, RequestTimeout, MaxRetries, RetryBaseDelay, BatchSize); otherwise SQLite at
    /// <c>Store:Sqlite:Path</c> (default <c>data/collective-impact.db</c> under the current directory), with a hosted
    /// service that checkpoints its write-ahead log on start and every <c>Store:Sqlite:CheckpointInterval</c>.
    /// </summary>
    public static IServiceCollection AddNetworkStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        return string.IsNullOrWhiteSpace(configuration[Neo4jUriKey])
            ? services.AddSqliteNetworkStore(configuration)
            : services.AddNeo4jNetworkStore(configuration);
    }

    private static IServiceCollection AddSqliteNetworkStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SqliteStoreOptions>()
            .Bind(configuration.GetSection(SqliteStoreOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SqliteStoreOptions>, SqliteStoreOptionsValidator>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value);
        services.AddSingleton<SqliteNetworkStore>();
        services.AddSingleton<INetworkStore>(provider => provider.GetRequiredService<SqliteNetworkStore>());
        services.AddSingleton<ISnapshotStore, SqliteSnapshotStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<SqliteCheckpointer>();
        return services;
    }

    private static IServiceCollection AddNeo4jNetworkStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jStoreOptions>()
            .Bind(configuration.GetSection(Neo4jStoreOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<Neo4jStoreOptions>, Neo4jStoreOptionsValidator>();
        services.AddHttpClient(Neo4jNetworkStore.HttpClientName)
            .ConfigureHttpClient((provider, http) => QueryApiClient.Configure(http, provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value))
            .AddResilienceHandler("neo4j-transport", (pipeline, context) =>
                Neo4jResilience.ConfigureTransport(pipeline, context.ServiceProvider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value);
        services.AddSingleton<Neo4jNetworkStore>();
        services.AddSingleton<INetworkStore>(provider => provider.GetRequiredService<Neo4jNetworkStore>());
        services.AddSingleton<ISnapshotStore, Neo4jSnapshotStore>();
        return services;
    }
}
