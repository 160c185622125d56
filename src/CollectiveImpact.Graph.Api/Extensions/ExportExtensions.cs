using CollectiveImpact.Graph.Api.Exports;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary>The file exports beside <c>/graphql</c> (docs/exports.md).</summary>
public static class ExportExtensions
{
    /// <summary>
    /// GET <see cref="GraphFileEndpoint.GraphMLPath"/>, <see cref="GraphFileEndpoint.GexfPath"/> and
    /// <see cref="FindingsEndpoint.Path"/>, rate-limited per caller like <c>/graphql</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapFileExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(GraphFileEndpoint.GraphMLPath, (HttpContext http, GraphFileEndpoint endpoint) => endpoint.HandleAsync(http, gexf: false))
            .WithName("GraphML export")
            .RequireRateLimiting(AccessExtensions.RateLimitPolicy);
        endpoints.MapGet(GraphFileEndpoint.GexfPath, (HttpContext http, GraphFileEndpoint endpoint) => endpoint.HandleAsync(http, gexf: true))
            .WithName("GEXF export")
            .RequireRateLimiting(AccessExtensions.RateLimitPolicy);
        endpoints.MapGet(NetworkWorkbookEndpoint.Path, (HttpContext http, NetworkWorkbookEndpoint endpoint) => endpoint.HandleAsync(http, csv: false))
            .WithName("Network workbook export")
            .RequireRateLimiting(AccessExtensions.RateLimitPolicy);
        endpoints.MapGet(NetworkWorkbookEndpoint.CsvPath, (HttpContext http, NetworkWorkbookEndpoint endpoint) => endpoint.HandleAsync(http, csv: true))
            .WithName("Network workbook export (CSV)")
            .RequireRateLimiting(AccessExtensions.RateLimitPolicy);
        endpoints.MapGet(FindingsEndpoint.Path, (HttpContext http, string finding, string format, FindingsEndpoint endpoint) => endpoint.HandleAsync(http, finding, format))
            .WithName("Findings export")
            .RequireRateLimiting(AccessExtensions.RateLimitPolicy);
        endpoints.MapGet(NetworkWorkbookEndpoint.TemplatePath, (HttpContext http, NetworkWorkbookEndpoint endpoint) => endpoint.HandleTemplateAsync(http))
            .WithName("Workbook template")
            .RequireRateLimiting(AccessExtensions.RateLimitPolicy);
        endpoints.MapPost(ImportEndpoint.Path, (HttpContext http, ImportEndpoint endpoint) => endpoint.HandleAsync(http))
            .WithName("File import")
            .DisableAntiforgery()
            .RequireRateLimiting(AccessExtensions.RateLimitPolicy);
        return endpoints;
    }
}
