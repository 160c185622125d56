using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// Readiness of the analysis cache: Healthy without Redis (in-process only, by design) or with a Redis that answers
/// a PING; Degraded while a configured Redis does not answer, because requests are still served, just computed.
/// </summary>
/// <remarks>
/// The check is also the cache's active probe: a PING that succeeds during an outage closes the circuit, so the cache
/// recovers by itself even when no analysis is requested, as long as readiness is being polled.
/// </remarks>
internal sealed class CacheHealthCheck(RedisConnection connection, RedisAvailability availability) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!connection.IsConfigured)
        {
            return HealthCheckResult.Healthy("No Redis is configured: analyses are cached in this process only.");
        }

        try
        {
            var multiplexer = await connection.GetAsync().WaitAsync(cancellationToken);
            var latency = await multiplexer.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            availability.ReportSuccess();
            return HealthCheckResult.Healthy(
                $"Redis at {connection.EndPoint} answers ({latency.TotalMilliseconds:0.#} ms): analyses are cached in process and in Redis.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            availability.ReportFailure(ex);
            return new HealthCheckResult(
                HealthStatus.Degraded,
                $"Redis at {connection.EndPoint} does not answer (since {availability.UnavailableSince:O}): analyses are computed " +
                "and cached in this process only until it does.",
                ex);
        }
    }
}
