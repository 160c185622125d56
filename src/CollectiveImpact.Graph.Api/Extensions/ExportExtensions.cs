using CollectiveImpact.Graph.Api.Exports;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary>The file exports beside <c>/graphql</c> (docs/exports.md).</summary>
public static class ExportExtensions
{
    /// <summary>GET <see cref="GraphFileEndpoint.GraphMLPath"/> and <see cref="GraphFileEndpoint.GexfPath"/>, rate-limited per caller like <c>/graphql</c>.</summary>
    public static IEndpointRouteBuilder MapFileExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(GraphFileEndpoint.GraphMLPath, (HttpContext http, GraphFileEndpoint endpoint) => endpoint.HandleAsync(http, gexf: false))
            .WithName("GraphML export")
            .RequireRateLimiting(AccessExtensions.RateLimitPolicy);
        endpoints.MapGet(GraphFileEndpoint.GexfPath, (HttpContext http, GraphFileEndpoint endpoint) => endpoint.HandleAsync(http, gexf: true))
            .WithName("GEXF export")
            .RequireRateLimiting(AccessExtensions.RateLimitPolicy);
        return endpoints;
    }
}
