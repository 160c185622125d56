using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// Every Redis call goes through here: Polly's circuit breaker over a timeout, a failure turned into a fallback (a miss,
/// a write not made), and the one place outages are logged (once each, with a line when Redis answers again).
/// </summary>
/// <remarks>
/// <para>Each call may take <see cref="CacheOptions.OperationTimeout"/>. When at least half of at least two calls in
/// 10 s fail, the circuit opens (one warning) and calls skip Redis at once, so requests are computed at full speed (the
/// short window opens it within seconds of an outage however many calls succeeded before; a stray failure among
/// successes leaves it closed). After <see cref="CacheOptions.RetryInterval"/> one call (a request's or the readiness
/// check's) is let through as a probe. Its success closes the circuit (one recovery line); its failure opens it again,
/// logged at Debug only.</para>
/// <para>Polly rather than a hand-written state machine: its breaker is the platform's standard (the Neo4j client
/// already uses Polly), tested, and thread-safe without our own locking.</para>
/// </remarks>
internal sealed partial class RedisCircuit
{
    private readonly ResiliencePipeline pipeline;
    private readonly TimeProvider time;
    private readonly ILogger<RedisCircuit> logger;
    private readonly string endPoint;
    private readonly TimeSpan retryInterval;
    private volatile Outage? outage;

    public RedisCircuit(IOptions<CacheOptions> options, RedisConnection connection, TimeProvider time, ILogger<RedisCircuit> logger)
    {
        var settings = options.Value;
        IsConfigured = connection.IsConfigured;
        endPoint = connection.EndPoint;
        retryInterval = settings.RetryInterval;
        this.time = time;
        this.logger = logger;
        pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = settings.RetryInterval,
                OnOpened = arguments => Opened(arguments.Outcome.Exception),
                OnClosed = _ => Closed(),
            })
            .AddTimeout(settings.OperationTimeout)
            .Build();
    }

    /// <summary>Whether a Redis is configured at all.</summary>
    public bool IsConfigured { get; }

    /// <summary>When the current outage began, or null when there is none.</summary>
    public DateTimeOffset? UnavailableSince => outage?.Since;

    /// <summary>
    /// Runs <paramref name="operation"/> on Redis, or returns <paramref name="fallback"/> when Redis is not configured,
    /// the circuit is open, or the call fails or times out. Only the caller's own cancellation is thrown.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, T fallback, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return fallback;
        }

        try
        {
            // WaitAsync: Redis commands ignore tokens, so the timeout stops the wait instead of waiting for the command.
            return await pipeline.ExecuteAsync(
                static async (operation, token) => await operation(token).WaitAsync(token), operation, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogCallFailed(logger, endPoint, ex.Message);
            return fallback;
        }
    }

    /// <summary>The synchronous form of <see cref="ExecuteAsync{T}"/> (HybridCache never calls it; IDistributedCache has it).</summary>
    public T Execute<T>(Func<T> operation, T fallback)
    {
        if (!IsConfigured)
        {
            return fallback;
        }

        try
        {
            return pipeline.Execute(static operation => operation(), operation);
        }
        catch (Exception ex)
        {
            LogCallFailed(logger, endPoint, ex.Message);
            return fallback;
        }
    }

    private ValueTask Opened(Exception? error)
    {
        if (outage is null)
        {
            outage = new Outage(time.GetUtcNow());
            LogUnavailable(logger, error, endPoint, retryInterval);
        }

        return default;
    }

    private ValueTask Closed()
    {
        if (outage is { } ended)
        {
            outage = null;
            LogRecovered(logger, endPoint, time.GetUtcNow() - ended.Since);
        }

        return default;
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning,
        Message = "Redis at {EndPoint} is unavailable: analyses are computed directly and cached in process only until it answers (retrying every {RetryInterval}).")]
    private static partial void LogUnavailable(ILogger logger, Exception? error, string endPoint, TimeSpan retryInterval);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Redis at {EndPoint} answers again after {Outage}: the distributed cache is back in use.")]
    private static partial void LogRecovered(ILogger logger, string endPoint, TimeSpan outage);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "A Redis call to {EndPoint} was skipped or failed: {Error}")]
    private static partial void LogCallFailed(ILogger logger, string endPoint, string error);

    private sealed record Outage(DateTimeOffset Since);
}
