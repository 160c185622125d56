using System.Text;
using System.Xml;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Api.Services.Exports;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Exports;

/// <summary>
/// <c>GET /export/graph.graphml</c> and <c>GET /export/graph.gexf</c>: a projection of the network as of a date, as a
/// file Gephi, NetworkX, yEd or Cytoscape read (docs/exports.md). Query parameters: <c>projection</c> (FULL,
/// ORGANIZATIONS or PEOPLE; ORGANIZATIONS by default), <c>asOf</c> (YYYY-MM-DD; today by default), <c>measures</c>
/// (comma-separated, of <see cref="GraphFileExporter.Offered"/>).
/// </summary>
/// <remarks>
/// The same credentials as <c>/graphql</c> and the same people rules: a dashboard's file holds no person (PEOPLE is
/// refused with 403), a partner's only the people of its own organization; every other node is visible to all. The
/// rest (problems, deadline, bounded buffer) is <see cref="ExportResponse"/>.
/// </remarks>
public sealed class GraphFileEndpoint(GraphFileExporter exporter, IOptions<RequestLimits> limits, ILogger<GraphFileEndpoint> logger)
{
    public const string GraphMLPath = "/export/graph.graphml";

    public const string GexfPath = "/export/graph.gexf";

    public async Task HandleAsync(HttpContext http, bool gexf)
    {
        if (await ExportResponse.CallerAsync(http) is not { } caller)
        {
            return;
        }

        var (arguments, problem) = ParseArguments(http.Request.Query);
        if (problem is not null)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status400BadRequest, problem);
            return;
        }

        if (arguments.Projection == ProjectionKind.People && caller.Role == Roles.Dashboard)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status403Forbidden, "projection: PEOPLE holds only people, and the dashboard role may see no person; ask for ORGANIZATIONS or FULL (without people).");
            return;
        }

        await ExportResponse.SendAsync(http, limits.Value.ExecutionTimeout, logger, async cancellationToken =>
        {
            var file = await exporter.ExportAsync(arguments.Projection, arguments.AsOf, arguments.Measures, node => PersonVisibility.CanSee(caller, node), cancellationToken);
            var extension = gexf ? "gexf" : "graphml";
            return new ExportResponse.File(
                $"network-{arguments.Projection.ToString().ToLowerInvariant()}-{file.AsOf:yyyy-MM-dd}.{extension}",
                (gexf ? GexfWriter.ContentType : GraphMLWriter.ContentType) + "; charset=utf-8",
                file.NetworkVersion,
                (stream, token) =>
                {
                    using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
                    if (gexf)
                    {
                        GexfWriter.Write(xml, file, token);
                    }
                    else
                    {
                        GraphMLWriter.Write(xml, file, token);
                    }
                });
        });
    }

    /// <summary>The parsed query, or the first problem with it (naming the parameter and what is allowed).</summary>
    internal static ((ProjectionKind Projection, DateOnly? AsOf, IReadOnlyList<CentralityMeasure> Measures) Arguments, string? Problem) ParseArguments(IQueryCollection query)
    {
        var (projection, projectionProblem) = ExportResponse.Projection(query, ProjectionKind.Organizations);
        var (asOf, dateProblem) = ExportResponse.AsOf(query);
        var measures = new List<CentralityMeasure>();
        string? measureProblem = null;
        if (query["measures"] is [{ } text])
        {
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var (measure, problem) = ExportResponse.Measure(part, "measures");
                if (measure is null)
                {
                    measureProblem ??= problem;
                    continue;
                }

                measures.Add(measure.Value);
            }
        }

        var first = ExportResponse.UnknownOrRepeated(query, "projection", "asOf", "measures") ?? projectionProblem ?? dateProblem ?? measureProblem;
        return ((projection, asOf, measures), first);
    }
}
