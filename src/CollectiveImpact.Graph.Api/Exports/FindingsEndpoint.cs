using System.Text;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Api.Services.Exports;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Exports;

/// <summary>
/// <c>GET /export/{finding}.csv</c> and <c>.xlsx</c>: an analysis's findings as a table to paste into a report
/// (docs/exports.md): <c>gaps</c>, <c>overlaps</c>, <c>reinforcement</c> (the unreinforced pairs per goal),
/// <c>brokerage</c> (<c>top</c>, 20 by default) and <c>centrality</c> (<c>projection</c>, ORGANIZATIONS by default;
/// <c>measure</c>, DEGREE by default); each takes <c>asOf</c>.
/// </summary>
/// <remarks>
/// Every role reads the analyses (docs/security.md); in a centrality table a person the caller may not see keeps
/// the row and its id but not its name, as in the GraphQL ranking.
/// </remarks>
public sealed class FindingsEndpoint(FindingsExporter exporter, IOptions<RequestLimits> limits, ILogger<FindingsEndpoint> logger)
{
    public const string Path = "/export/{finding}.{format}";

    /// <summary>The most brokerage recommendations a table holds.</summary>
    public const int MaxTop = 1000;

    public async Task HandleAsync(HttpContext http, string finding, string format)
    {
        if (await ExportResponse.CallerAsync(http) is not { } caller)
        {
            return;
        }

        if (!FindingsExporter.Names.Contains(finding, StringComparer.Ordinal) || format is not ("csv" or "xlsx"))
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status404NotFound,
                $"There is no export '{finding}.{format}'. Findings: {string.Join(", ", FindingsExporter.Names)}, each as .csv or .xlsx; the network's graph: graph.graphml, graph.gexf; the whole network (backbone): network.xlsx, network.zip.");
            return;
        }

        var query = http.Request.Query;
        var (asOf, dateProblem) = ExportResponse.AsOf(query);
        string[] allowed = finding switch
        {
            "brokerage" => ["asOf", "top"],
            "centrality" => ["asOf", "projection", "measure"],
            _ => ["asOf"],
        };
        var (projection, projectionProblem) = ExportResponse.Projection(query, ProjectionKind.Organizations);
        var (measure, measureProblem) = query["measure"] is [{ } measureText] ? ExportResponse.Measure(measureText, "measure") : (CentralityMeasure.Degree, null);
        var top = 20;
        var topProblem = query["top"] is [{ } topText] && !(int.TryParse(topText, out top) && top is >= 0 and <= MaxTop)
            ? $"top: '{topText}' is not a whole number from 0 to {MaxTop}."
            : null;
        if ((ExportResponse.UnknownOrRepeated(query, allowed) ?? dateProblem ?? projectionProblem ?? measureProblem ?? topProblem) is { } problem)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status400BadRequest, problem);
            return;
        }

        await ExportResponse.SendAsync(http, limits.Value.ExecutionTimeout, logger, async cancellationToken =>
        {
            var table = finding switch
            {
                "gaps" => await exporter.GapsAsync(asOf, cancellationToken),
                "overlaps" => await exporter.OverlapsAsync(asOf, cancellationToken),
                "reinforcement" => await exporter.ReinforcementAsync(asOf, cancellationToken),
                "brokerage" => await exporter.BrokerageAsync(top, asOf, cancellationToken),
                _ => await exporter.CentralityAsync(projection, measure!.Value, asOf, node => PersonVisibility.CanSee(caller, node), cancellationToken),
            };
            return new ExportResponse.File(
                $"{finding}-{table.AsOf:yyyy-MM-dd}.{format}",
                format == "csv" ? CsvTableWriter.ContentType + "; charset=utf-8" : XlsxWorkbookWriter.ContentType,
                table.NetworkVersion,
                (stream, token) =>
                {
                    if (format == "csv")
                    {
                        using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                        CsvTableWriter.Write(text, table);
                    }
                    else
                    {
                        ExportResponse.WriteWorkbook(stream, [XlsxWorkbookWriter.Sheet(table)], token);
                    }
                });
        });
    }
}
