using CollectiveImpact.Graph.Api.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary><c>/healthz</c> (liveness: the process serves requests) and <c>/readyz</c> (readiness: the store answers).</summary>
public static class HealthExtensions
{
    /// <summary>The tag of every check <c>/readyz</c> runs; each project's extension tags its own checks with it.</summary>
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddNetworkHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [ReadyTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapNetworkHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        // Liveness runs no check: restarting the process would not fix a store that does not answer.
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponseWriter.WriteAsync });
        return endpoints;
    }
}
