namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// How analysis results are cached (configuration section <c>Cache</c>), and where Redis is
/// (<c>Redis:Configuration</c>, else <c>ConnectionStrings:Redis</c>; neither means the in-process cache alone).
/// </summary>
/// <remarks>
/// The timeouts are short on purpose: Redis is an accelerator, never a dependency. A request must not wait long on a
/// Redis that is down or slow when computing the answer directly is always possible.
/// </remarks>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    public const string RedisConfigurationKey = "Redis:Configuration";

    public const string RedisConnectionStringName = "Redis";

    /// <summary>The shortest <see cref="RetryInterval"/> Polly's circuit breaker accepts.</summary>
    public static readonly TimeSpan MinimumRetryInterval = TimeSpan.FromSeconds(0.5);

    /// <summary>
    /// A StackExchange.Redis configuration string ("host:port,password=..."); null: no Redis. Read from
    /// <c>Redis:Configuration</c> or <c>ConnectionStrings:Redis</c> (<see cref="ReadRedisConfiguration"/>), not from
    /// this section, so registration and options never disagree.
    /// </summary>
    public string? RedisConfiguration { get; internal set; }

    /// <summary>Starts every Redis key this service writes, so deployments can share one Redis without meeting.</summary>
    public string KeyPrefix { get; set; } = "cig";

    /// <summary>How long a result stays in process memory. Keys carry the network version, so this only bounds memory.</summary>
    public TimeSpan MemoryExpiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The most results kept in process memory take, counted at their JSON size (past it the least recently used are
    /// dropped); a result over a quarter of it is not kept in memory. Default 512 MiB: the results of every analysis
    /// of a 20,000-organization network take 64 MiB (docs/caching.md); the bound keeps the results of many versions
    /// and parameters from growing the process without limit.
    /// </summary>
    public long MemoryLimitBytes { get; set; } = 512L << 20;

    /// <summary>The most results kept in process memory. Default 10,000.</summary>
    public int MemoryMaxEntries { get; set; } = 10_000;

    /// <summary>How long a result stays in Redis. Keys carry the network version, so this only bounds Redis memory.</summary>
    public TimeSpan DistributedExpiration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The largest serialized result written to Redis (HybridCache's own default, 1 MiB, is too small for 20,000
    /// organizations); a larger one is kept in process memory only (<see cref="MemoryLimitBytes"/>).
    /// </summary>
    public long MaximumPayloadBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long connecting to Redis may take before the attempt counts as a failure.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one Redis command may take before Redis counts as slow, that is unavailable.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// While Redis is unavailable, how often one request (or a readiness check) tries it again: the circuit breaker's
    /// break duration, at least <see cref="MinimumRetryInterval"/> (Polly's own lower bound).
    /// </summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether a Redis is configured at all.</summary>
    public bool UsesRedis => !string.IsNullOrWhiteSpace(RedisConfiguration);

    /// <summary>The Redis configuration string from <c>Redis:Configuration</c>, else <c>ConnectionStrings:Redis</c>, else null.</summary>
    public static string? ReadRedisConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[RedisConfigurationKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration.GetConnectionString(RedisConnectionStringName);
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The problems with these options, each naming its setting; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(KeyPrefix) || KeyPrefix.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            problems.Add($"{SectionName}:{nameof(KeyPrefix)} '{KeyPrefix}' must be non-empty, without spaces or control characters.");
        }

        RequirePositive(MemoryExpiration, nameof(MemoryExpiration));
        RequirePositive(DistributedExpiration, nameof(DistributedExpiration));
        RequirePositive(ConnectTimeout, nameof(ConnectTimeout));
        RequirePositive(OperationTimeout, nameof(OperationTimeout));
        if (RetryInterval < MinimumRetryInterval)
        {
            problems.Add($"{SectionName}:{nameof(RetryInterval)} is {RetryInterval}; it must be at least {MinimumRetryInterval} (Polly's circuit breaker's shortest break).");
        }

        if (MaximumPayloadBytes is <= 0 or > int.MaxValue)
        {
            problems.Add($"{SectionName}:{nameof(MaximumPayloadBytes)} is {MaximumPayloadBytes}; it must be between 1 and {int.MaxValue}.");
        }

        if (MemoryLimitBytes < 0)
        {
            problems.Add($"{SectionName}:{nameof(MemoryLimitBytes)} is {MemoryLimitBytes}; it must not be negative (0 keeps no result in memory).");
        }

        if (MemoryMaxEntries < 0)
        {
            problems.Add($"{SectionName}:{nameof(MemoryMaxEntries)} is {MemoryMaxEntries}; it must not be negative (0 keeps no result in memory).");
        }

        return problems;

        void RequirePositive(TimeSpan value, string name)
        {
            if (value <= TimeSpan.Zero)
            {
                problems.Add($"{SectionName}:{name} is {value}; it must be a positive duration such as 00:00:05.");
            }
        }
    }
}
