using CollectiveImpact.Graph.Api.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary>The analysis cache's one registration.</summary>
public static class CachingExtensions
{
    /// <summary>
    /// Registers <see cref="AnalysisCache"/> (singleton), <see cref="CacheStatsCollector"/> (scoped), the cache metrics,
    /// and the <c>cache</c> readiness check. With <c>Redis:Configuration</c> or <c>ConnectionStrings:Redis</c> set,
    /// results are also kept in that Redis and shared between replicas; without, the in-process
    /// cache alone is used, with nothing to install. Options (section <c>Cache</c>, see <see cref="CacheOptions"/>)
    /// are validated when the host starts.
    /// </summary>
    public static IHostApplicationBuilder AddAnalysisCache(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var usesRedis = CacheOptions.ReadRedisConfiguration(builder.Configuration) is not null;

        services.AddOptions<CacheOptions>()
            .BindConfiguration(CacheOptions.SectionName)
            .Configure(options => options.RedisConfiguration = CacheOptions.ReadRedisConfiguration(builder.Configuration))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CacheOptions>, CacheOptionsValidator>();

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CacheKeyspace>();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisCircuit>();
        services.AddSingleton<CacheMetrics>();
        services.AddScoped<CacheStatsCollector>();
        services.AddSingleton<AnalysisCache>();

        if (usesRedis)
        {
            // Keyed, so the cache's Redis is not every IDistributedCache consumer's Redis.
            services.AddKeyedSingleton<IDistributedCache>(AnalysisCache.ServiceKey, (provider, _) =>
            {
                var connection = provider.GetRequiredService<RedisConnection>();
                var redis = new RedisCache(Options.Create(new RedisCacheOptions
                {
                    ConnectionMultiplexerFactory = connection.GetAsync,
                    InstanceName = provider.GetRequiredService<CacheKeyspace>().Prefix,
                }));
                return new ResilientDistributedCache(redis, provider.GetRequiredService<RedisCircuit>());
            });
        }

        services.AddKeyedHybridCache(AnalysisCache.ServiceKey, AnalysisCache.ServiceKey)
            .AddSerializerFactory<AnalysisSerializerFactory>();
        services.AddOptions<HybridCacheOptions>(AnalysisCache.ServiceKey)
            .Configure<IOptions<CacheOptions>>((hybrid, cache) =>
            {
                var settings = cache.Value;
                hybrid.MaximumPayloadBytes = settings.MaximumPayloadBytes;
                hybrid.DistributedCacheServiceKey = usesRedis ? AnalysisCache.ServiceKey : null;
                hybrid.DefaultEntryOptions = new HybridCacheEntryOptions
                {
                    Expiration = settings.DistributedExpiration,
                    // Process memory is AnalysisCache's own, bounded in bytes (InMemoryResults).
                    Flags = HybridCacheEntryFlags.DisableLocalCache | (usesRedis ? HybridCacheEntryFlags.None : HybridCacheEntryFlags.DisableDistributedCache),
                };
            });

        services.AddHealthChecks().AddCheck<CacheHealthCheck>("cache", HealthStatus.Degraded, [HealthExtensions.ReadyTag]);
        return builder;
    }
}
