using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// A circuit around Redis: whether to use it now, and the one place outages are logged (once each, with a line when
/// Redis answers again).
/// </summary>
/// <remarks>
/// Closed (Redis available): every cache operation goes to Redis. The first failure opens it, logging one warning.
/// Open: operations skip Redis at once (a miss, a write not made), so requests are computed directly at full speed;
/// every <see cref="CacheOptions.RetryInterval"/> one operation is let through as a probe, and the readiness check
/// probes too. The first success closes it again, logging one recovery line. Failures while open log nothing more.
/// </remarks>
internal sealed partial class RedisAvailability
{
    private readonly object gate = new();
    private readonly TimeSpan retryInterval;
    private readonly TimeProvider time;
    private readonly ILogger<RedisAvailability> logger;
    private readonly string endPoint;
    private volatile Outage? outage;

    public RedisAvailability(IOptions<CacheOptions> options, RedisConnection connection, TimeProvider time, ILogger<RedisAvailability> logger)
    {
        retryInterval = options.Value.RetryInterval;
        IsConfigured = connection.IsConfigured;
        endPoint = connection.EndPoint;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Whether a Redis is configured at all.</summary>
    public bool IsConfigured { get; }

    /// <summary>Whether Redis is configured and answered last time it was asked.</summary>
    public bool IsAvailable => IsConfigured && outage is null;

    /// <summary>When the current outage began, or null when there is none.</summary>
    public DateTimeOffset? UnavailableSince => outage?.Since;

    /// <summary>What went wrong when the current outage began.</summary>
    public string? LastError => outage?.Error;

    /// <summary>Whether to send an operation to Redis now: yes when available; when not, once per retry interval (a probe).</summary>
    public bool TryEnter()
    {
        if (!IsConfigured)
        {
            return false;
        }

        var current = outage;
        if (current is null)
        {
            return true;
        }

        lock (gate)
        {
            var now = time.GetUtcNow();
            if (outage is null)
            {
                return true;
            }

            if (now < outage.NextProbe)
            {
                return false;
            }

            outage = outage with { NextProbe = now + retryInterval };
            return true;
        }
    }

    /// <summary>Redis answered: closes the circuit, logging the recovery if there was an outage.</summary>
    public void ReportSuccess()
    {
        if (outage is null)
        {
            return;
        }

        lock (gate)
        {
            if (outage is { } ended)
            {
                outage = null;
                LogRecovered(logger, endPoint, time.GetUtcNow() - ended.Since);
            }
        }
    }

    /// <summary>Redis failed or was too slow: opens the circuit, logging the outage if it just began.</summary>
    public void ReportFailure(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (outage is null)
            {
                outage = new Outage(now, now + retryInterval, error.Message);
                LogUnavailable(logger, error, endPoint, retryInterval);
            }
            else
            {
                LogStillUnavailable(logger, endPoint, error.Message);
            }
        }
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning,
        Message = "Redis at {EndPoint} is unavailable: analyses are computed directly and cached in process only until it answers (retrying every {RetryInterval}).")]
    private static partial void LogUnavailable(ILogger logger, Exception error, string endPoint, TimeSpan retryInterval);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Redis at {EndPoint} answers again after {Outage}: the distributed cache is back in use.")]
    private static partial void LogRecovered(ILogger logger, string endPoint, TimeSpan outage);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "Redis at {EndPoint} is still unavailable: {Error}")]
    private static partial void LogStillUnavailable(ILogger logger, string endPoint, string error);

    private sealed record Outage(DateTimeOffset Since, DateTimeOffset NextProbe, string Error);
}
