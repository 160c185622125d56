using System.Globalization;
using System.Text;
using System.Xml;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Exports;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Exports;

/// <summary>
/// <c>GET /export/graph.graphml</c> and <c>GET /export/graph.gexf</c>: a projection of the network as of a date, as a
/// file Gephi, NetworkX, yEd, Cytoscape or Kumu's importers read (docs/exports.md). Query parameters:
/// <c>projection</c> (FULL, ORGANIZATIONS or PEOPLE; ORGANIZATIONS by default), <c>asOf</c> (YYYY-MM-DD; today by
/// default), <c>measures</c> (comma-separated, of <see cref="GraphFileExporter.Offered"/>).
/// </summary>
/// <remarks>
/// The same credentials as <c>/graphql</c> (401 without), the same people rules: a dashboard's file holds no person
/// (PEOPLE is refused with 403), a partner's only the people of its own organization; every other node is visible to
/// all. Problems are <c>application/problem+json</c> naming the parameter. The work is bounded by
/// <see cref="RequestLimits.ExecutionTimeout"/> (503 past it) and the file is written to a buffer that spills to a
/// temporary file past 1 MiB, so memory stays bounded however large the projection, and a failure never leaves half a
/// file sent with a success status.
/// </remarks>
public sealed class GraphFileEndpoint(GraphFileExporter exporter, IOptions<RequestLimits> limits, ILogger<GraphFileEndpoint> logger)
{
    public const string GraphMLPath = "/export/graph.graphml";

    public const string GexfPath = "/export/graph.gexf";

    private const int MemoryThreshold = 1024 * 1024;

    public async Task HandleAsync(HttpContext http, bool gexf)
    {
        if (Caller.From(http.User) is not { } caller)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            var failure = (await http.AuthenticateAsync()).Failure;
            await ProblemAsync(http, StatusCodes.Status401Unauthorized, failure is null
                ? $"Send an API key as 'Authorization: Bearer <key>' or '{AuthSchemes.ApiKeyHeader}: <key>', or a bearer token from the identity provider."
                : "The credentials sent are not valid.");
            return;
        }

        var (parsedProjection, asOf, parsedMeasures, problem) = ParseArguments(http.Request.Query);
        if (problem is not null || parsedProjection is not { } projection || parsedMeasures is not { } measures)
        {
            await ProblemAsync(http, StatusCodes.Status400BadRequest, problem ?? "The query could not be read.");
            return;
        }

        if (projection == ProjectionKind.People && caller.Role == Roles.Dashboard)
        {
            await ProblemAsync(http, StatusCodes.Status403Forbidden, "projection: PEOPLE holds only people, and the dashboard role may see no person; ask for ORGANIZATIONS or FULL (without people).");
            return;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(limits.Value.ExecutionTimeout);
        await using var buffer = new FileBufferingWriteStream(MemoryThreshold);
        try
        {
            var file = await exporter.ExportAsync(projection, asOf, measures, node => PersonVisibility.CanSee(caller, node), deadline.Token);
            deadline.Token.ThrowIfCancellationRequested();
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
            using (var xml = XmlWriter.Create(buffer, settings))
            {
                if (gexf)
                {
                    GexfWriter.Write(xml, file);
                }
                else
                {
                    GraphMLWriter.Write(xml, file);
                }
            }

            var name = $"network-{projection.ToString().ToLowerInvariant()}-{file.AsOf:yyyy-MM-dd}.{(gexf ? "gexf" : "graphml")}";
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = (gexf ? GexfWriter.ContentType : GraphMLWriter.ContentType) + "; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["X-Network-Version"] = file.NetworkVersion.ToString(CultureInfo.InvariantCulture);
            http.Response.ContentLength = buffer.Length;
            await buffer.DrainBufferAsync(http.Response.Body, http.RequestAborted);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await ProblemAsync(http, StatusCodes.Status503ServiceUnavailable, $"The export did not finish within {limits.Value.ExecutionTimeout.TotalSeconds:0} s (Limits:ExecutionTimeout); try again, or a smaller projection.");
        }
        catch (ArgumentProblem refused)
        {
            await ProblemAsync(http, StatusCodes.Status400BadRequest, refused.Message);
        }
        catch (SchedulerRejectedException rejected)
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(rejected.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await ProblemAsync(http, StatusCodes.Status503ServiceUnavailable, rejected.Message);
        }
        catch (ServiceProblem refused)
        {
            logger.LogWarning("A graph file export was refused: {Message}", refused.Message);
            await ProblemAsync(http, StatusCodes.Status422UnprocessableEntity, refused.Message);
        }
    }

    /// <summary>The parsed query, or the first problem with it (naming the parameter and what is allowed).</summary>
    internal static (ProjectionKind? Projection, DateOnly? AsOf, IReadOnlyList<CentralityMeasure>? Measures, string? Problem) ParseArguments(IQueryCollection query)
    {
        foreach (var key in query.Keys)
        {
            if (key is not ("projection" or "asOf" or "measures"))
            {
                return (null, null, null, $"'{key}' is not a parameter of this export; it takes projection, asOf and measures.");
            }

            if (query[key].Count > 1)
            {
                return (null, null, null, $"{key}: give it once.");
            }
        }

        var projection = ProjectionKind.Organizations;
        if (query["projection"] is [{ } projectionText] && !TryProjection(projectionText, out projection))
        {
            return (null, null, null, $"projection: '{projectionText}' is not one of FULL, ORGANIZATIONS, PEOPLE.");
        }

        DateOnly? asOf = null;
        if (query["asOf"] is [{ } dateText])
        {
            if (!Store.Documents.NetworkFormat.TryParseDate(dateText, out var date))
            {
                return (null, null, null, $"asOf: '{dateText}' is not a calendar date written YYYY-MM-DD.");
            }

            asOf = date;
        }

        var measures = new List<CentralityMeasure>();
        if (query["measures"] is [{ } measuresText])
        {
            foreach (var part in measuresText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var measure = Enum.GetValues<CentralityMeasure>().Where(m => GraphFileExporter.Name(m) == part.ToUpperInvariant()).Cast<CentralityMeasure?>().FirstOrDefault();
                if (measure is null)
                {
                    return (null, null, null, $"measures: '{part}' is not a centrality measure; offered are {string.Join(", ", GraphFileExporter.Offered.Select(GraphFileExporter.Name))}.");
                }

                measures.Add(measure.Value);
            }
        }

        return (projection, asOf, measures, null);
    }

    private static bool TryProjection(string text, out ProjectionKind projection)
    {
        projection = ProjectionKind.Organizations;
        switch (text.ToUpperInvariant())
        {
            case "FULL":
                projection = ProjectionKind.Full;
                return true;
            case "ORGANIZATIONS":
                return true;
            case "PEOPLE":
                projection = ProjectionKind.People;
                return true;
            default:
                return false;
        }
    }

    private static Task ProblemAsync(HttpContext http, int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status).ExecuteAsync(http);
}
