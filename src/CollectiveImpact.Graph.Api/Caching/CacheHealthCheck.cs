using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// Readiness of the analysis cache: Healthy without Redis (in-process only, by design) or with a Redis that answers
/// a PING; Degraded while a configured Redis does not answer or its circuit is open, because requests are still
/// served, just computed.
/// </summary>
/// <remarks>
/// The PING goes through <see cref="RedisCircuit"/> like every Redis call: while the circuit is open it is skipped, and
/// once per retry interval it is the probe whose success closes the circuit, so the cache recovers by itself even
/// when no analysis is requested, as long as readiness is being polled.
/// </remarks>
internal sealed class CacheHealthCheck(RedisConnection connection, RedisCircuit circuit) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!connection.IsConfigured)
        {
            return HealthCheckResult.Healthy("No Redis is configured: analyses are cached in this process only.");
        }

        var latency = await circuit.ExecuteAsync<TimeSpan?>(
            async _ => await (await connection.GetAsync()).GetDatabase().PingAsync(), null, cancellationToken);
        if (latency is { } answered)
        {
            return HealthCheckResult.Healthy(
                $"Redis at {connection.EndPoint} answers ({answered.TotalMilliseconds:0.#} ms): analyses are cached in process and in Redis.");
        }

        var since = circuit.UnavailableSince is { } start ? $" (since {start:O})" : "";
        return new HealthCheckResult(
            HealthStatus.Degraded,
            $"Redis at {connection.EndPoint} does not answer{since}: analyses are computed and cached in this process only until it does.");
    }
}
