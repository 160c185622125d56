using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Exports;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Exports;

/// <summary>
/// <c>GET /export/network.xlsx</c> and <c>GET /export/network.zip</c>: the whole network as a workbook to read and edit
/// (<see cref="NetworkWorkbook"/>, docs/exports.md), as an Excel file or as a zip of one CSV file per sheet
/// (<c>Goals.csv</c>, …): the stored network, every entry with its dates, or with <c>asOf</c> the network as of that
/// date. Backbone only, as GraphQL's <c>exportNetwork</c>: the People sheet holds contact data (e-mail).
/// </summary>
public sealed class NetworkWorkbookEndpoint(NetworkExporter exporter, WorkbookTemplate template, IOptions<RequestLimits> limits, ILogger<NetworkWorkbookEndpoint> logger)
{
    public const string Path = "/export/network.xlsx";

    public const string CsvPath = "/export/network.zip";

    public const string TemplatePath = "/export/template.xlsx";

    /// <summary>
    /// <c>GET /export/template.xlsx</c>: the workbook to fill in and import (<see cref="WorkbookTemplate"/>), to any
    /// caller: it holds the fictional sample's first rows, nothing of the stored network.
    /// </summary>
    public async Task HandleTemplateAsync(HttpContext http)
    {
        if (await ExportResponse.CallerAsync(http) is null)
        {
            return;
        }

        if (ExportResponse.UnknownOrRepeated(http.Request.Query) is { } problem)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status400BadRequest, problem);
            return;
        }

        await ExportResponse.SendAsync(http, limits.Value.ExecutionTimeout, logger, _ => Task.FromResult(new ExportResponse.File(
            "network-template.xlsx", XlsxWorkbookWriter.ContentType, 0, (stream, token) => ExportResponse.WriteWorkbook(stream, template.Sheets(), token))));
    }

    public async Task HandleAsync(HttpContext http, bool csv)
    {
        if (await ExportResponse.CallerAsync(http) is not { } caller)
        {
            return;
        }

        if (caller.Role != Roles.Backbone)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status403Forbidden,
                $"The network workbook holds personal contact data (e-mail): backbone only, as exportNetwork; the {caller.Role} role may not read it. The findings (/export/gaps.xlsx, …) and graph files are open to it.");
            return;
        }

        var (asOf, dateProblem) = ExportResponse.AsOf(http.Request.Query);
        if ((ExportResponse.UnknownOrRepeated(http.Request.Query, "asOf") ?? dateProblem) is { } problem)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status400BadRequest, problem);
            return;
        }

        await ExportResponse.SendAsync(http, limits.Value.ExecutionTimeout, logger, async cancellationToken =>
        {
            var (version, network) = await exporter.NetworkAsync(asOf, cancellationToken);
            var name = (asOf is { } date ? $"network-{date:yyyy-MM-dd}" : $"network-version-{version}") + (csv ? ".zip" : ".xlsx");
            return csv
                ? new ExportResponse.File(name, "application/zip", version, (stream, token) => NetworkWorkbook.WriteCsvZip(stream, NetworkWorkbook.Sheets(network), token))
                : new ExportResponse.File(name, XlsxWorkbookWriter.ContentType, version, (stream, token) => ExportResponse.WriteWorkbook(stream, NetworkWorkbook.Sheets(network), token));
        });
    }
}
