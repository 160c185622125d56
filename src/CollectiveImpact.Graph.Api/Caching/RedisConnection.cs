using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// The one Redis connection of the process, shared by the distributed cache and the health check.
/// </summary>
/// <remarks>
/// Set up to never take a request down with it: <c>AbortOnConnectFail=false</c> (a Redis that is down at start-up
/// still yields a connection, which keeps reconnecting in the background), short connect and command timeouts, and a
/// fail-fast backlog, so a command sent while disconnected fails at once instead of queuing until its timeout.
/// </remarks>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly ConfigurationOptions? configuration;
    private readonly Lazy<Task<IConnectionMultiplexer>> connection;

    public RedisConnection(IOptions<CacheOptions> options)
    {
        var settings = options.Value;
        if (settings.UsesRedis)
        {
            configuration = ConfigurationOptions.Parse(settings.RedisConfiguration!);
            configuration.AbortOnConnectFail = false;
            configuration.ConnectTimeout = Milliseconds(settings.ConnectTimeout);
            configuration.SyncTimeout = Milliseconds(settings.OperationTimeout);
            configuration.AsyncTimeout = Milliseconds(settings.OperationTimeout);
            configuration.BacklogPolicy = BacklogPolicy.FailFast;
            configuration.ReconnectRetryPolicy = new ExponentialRetry(250, (int)Math.Max(250, settings.RetryInterval.TotalMilliseconds));
            EndPoint = string.Join(",", configuration.EndPoints.Select(endPoint => endPoint.ToString()));
        }

        connection = new Lazy<Task<IConnectionMultiplexer>>(ConnectAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether Redis is configured at all.</summary>
    public bool IsConfigured => configuration is not null;

    /// <summary>Where Redis is, for messages (never the password).</summary>
    public string EndPoint { get; } = "(none)";

    /// <summary>The connection; the first call connects (at most the connect timeout), later calls return the same one.</summary>
    /// <exception cref="InvalidOperationException">No Redis is configured.</exception>
    public Task<IConnectionMultiplexer> GetAsync() =>
        IsConfigured ? connection.Value : throw new InvalidOperationException("No Redis is configured (Redis:Configuration or ConnectionStrings:Redis).");

    public async ValueTask DisposeAsync()
    {
        if (connection.IsValueCreated && connection.Value.IsCompletedSuccessfully)
        {
            await connection.Value.Result.DisposeAsync();
        }
    }

    private async Task<IConnectionMultiplexer> ConnectAsync() => await ConnectionMultiplexer.ConnectAsync(configuration!);

    private static int Milliseconds(TimeSpan span) => (int)Math.Clamp(span.TotalMilliseconds, 1, int.MaxValue);
}
