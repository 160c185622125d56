using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Store;

/// <summary>The store project's one registration: configuration chooses the adapter behind <see cref="INetworkStore"/>.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>The setting that will choose Neo4j over the embedded SQLite store.</summary>
    public const string Neo4jUriKey = "Neo4j:Uri";

    /// <summary>
    /// Registers <see cref="INetworkStore"/> as a singleton: SQLite at <c>Store:Sqlite:Path</c> (default
    /// <c>data/collective-impact.db</c> under the current directory), its options validated when the host starts.
    /// </summary>
    /// <exception cref="InvalidOperationException"><c>Neo4j:Uri</c> is set, and this build has no Neo4j adapter yet.</exception>
    public static IServiceCollection AddNetworkStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // The seam for Neo4j: when its adapter lands, this branch registers it instead. Until then a configured
        // Neo4j must not silently fall back to a local file the operator does not expect.
        if (!string.IsNullOrWhiteSpace(configuration[Neo4jUriKey]))
        {
            throw new InvalidOperationException(
                $"{Neo4jUriKey} is set, but this build has no Neo4j store yet; remove it to use the embedded SQLite store.");
        }

        return services.AddSqliteNetworkStore(configuration);
    }

    private static IServiceCollection AddSqliteNetworkStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SqliteStoreOptions>()
            .Bind(configuration.GetSection(SqliteStoreOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SqliteStoreOptions>, SqliteStoreOptionsValidator>();
        services.AddSingleton<SqliteNetworkStore>(provider => new SqliteNetworkStore(provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        services.AddSingleton<INetworkStore>(provider => provider.GetRequiredService<SqliteNetworkStore>());
        return services;
    }
}
