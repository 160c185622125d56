using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectiveImpact.Graph.Api.Health;

/// <summary>Readiness: the store answers (its cheapest question, the network version).</summary>
public sealed class StoreHealthCheck(INetworkStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await store.GetVersionAsync(cancellationToken);
            return HealthCheckResult.Healthy($"The store answers at network version {version}.",
                new Dictionary<string, object> { ["version"] = version });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", ex);
        }
    }
}
