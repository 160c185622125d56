using System.Globalization;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Exports;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using CollectiveImpact.Graph.Store.Documents;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;

namespace CollectiveImpact.Graph.Api.Exports;

/// <summary>
/// What every file export beside <c>/graphql</c> shares (docs/exports.md): the caller (401 without one), problems as
/// <c>application/problem+json</c> naming the parameter, the query's parameters read strictly, and the file produced
/// under a deadline into a buffer that spills to a temporary file past 1 MiB, sent only once complete.
/// </summary>
internal static class ExportResponse
{
    private const int MemoryThreshold = 1024 * 1024;

    /// <summary>A file ready to send: its name, content type, the network version it was read from, and how to write it.</summary>
    public sealed record File(string Name, string ContentType, long NetworkVersion, Action<Stream, CancellationToken> Write);

    /// <summary>The authenticated caller; null after answering 401 with how to authenticate.</summary>
    public static async Task<Caller?> CallerAsync(HttpContext http)
    {
        if (Caller.From(http.User) is { } caller)
        {
            return caller;
        }

        http.Response.Headers.WWWAuthenticate = "Bearer";
        var failure = (await http.AuthenticateAsync()).Failure;
        await ProblemAsync(http, StatusCodes.Status401Unauthorized, failure is null
            ? $"Send an API key as 'Authorization: Bearer <key>' or '{AuthSchemes.ApiKeyHeader}: <key>', or a bearer token from the identity provider."
            : "The credentials sent are not valid.");
        return null;
    }

    public static Task ProblemAsync(HttpContext http, int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status).ExecuteAsync(http);

    /// <summary>The first problem with the query's parameter names (one not in <paramref name="allowed"/>, or one given twice), or null.</summary>
    public static string? UnknownOrRepeated(IQueryCollection query, params string[] allowed)
    {
        foreach (var key in query.Keys)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                return $"'{key}' is not a parameter of this export; it takes {Listed(allowed)}.";
            }

            if (query[key].Count > 1)
            {
                return $"{key}: give it once.";
            }
        }

        return null;
    }

    /// <summary>"none", "a", "a and b", "a, b and c".</summary>
    private static string Listed(string[] names) =>
        names.Length == 0 ? "no parameters" : names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";

    /// <summary>The projection named (FULL, ORGANIZATIONS, PEOPLE; any case), <paramref name="fallback"/> when absent.</summary>
    public static (ProjectionKind Projection, string? Problem) Projection(IQueryCollection query, ProjectionKind fallback)
    {
        if (query["projection"] is not [{ } text])
        {
            return (fallback, null);
        }

        return text.ToUpperInvariant() switch
        {
            "FULL" => (ProjectionKind.Full, null),
            "ORGANIZATIONS" => (ProjectionKind.Organizations, null),
            "PEOPLE" => (ProjectionKind.People, null),
            _ => (fallback, $"projection: '{text}' is not one of FULL, ORGANIZATIONS, PEOPLE."),
        };
    }

    /// <summary>The <c>asOf</c> date (YYYY-MM-DD), null when absent (today).</summary>
    public static (DateOnly? AsOf, string? Problem) AsOf(IQueryCollection query)
    {
        if (query["asOf"] is not [{ } text])
        {
            return (null, null);
        }

        return NetworkFormat.TryParseDate(text, out var date)
            ? (date, null)
            : (null, $"asOf: '{text}' is not a calendar date written YYYY-MM-DD.");
    }

    /// <summary>A centrality measure as the API spells it (PAGE_RANK; any case), or the problem naming <paramref name="parameter"/>.</summary>
    public static (CentralityMeasure? Measure, string? Problem) Measure(string text, string parameter)
    {
        var measure = Enum.GetValues<CentralityMeasure>().Where(m => ExportNames.Constant(m) == text.ToUpperInvariant()).Cast<CentralityMeasure?>().FirstOrDefault();
        return measure is null
            ? (null, $"{parameter}: '{text}' is not a centrality measure; offered are {string.Join(", ", GraphFileExporter.Offered.Select(ExportNames.Constant))}.")
            : (measure, null);
    }

    /// <summary>An Excel workbook written to <paramref name="output"/>: a zip package, so built in a seekable temporary file first.</summary>
    public static void WriteWorkbook(Stream output, IReadOnlyList<WorkbookSheet> sheets, CancellationToken cancellationToken)
    {
        using var package = new FileStream(
            System.IO.Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        XlsxWorkbookWriter.Write(package, sheets, cancellationToken);
        package.Position = 0;
        package.CopyTo(output);
    }

    /// <summary>
    /// Produces the file within <paramref name="timeout"/> and sends it whole (200, Content-Length,
    /// <c>attachment</c>, <c>no-store</c>, <c>X-Network-Version</c>), or the problem that stopped it: 400 for a bad
    /// argument, 503 past the deadline or when the analysis queue is full (with Retry-After), 422 for another refusal.
    /// </summary>
    public static async Task SendAsync(HttpContext http, TimeSpan timeout, ILogger logger, Func<CancellationToken, Task<File>> produce)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(timeout);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // The timer behind CancelAfter may fire late: past the deadline by the clock counts as past it.
        void CheckDeadline()
        {
            if (clock.Elapsed >= timeout)
            {
                deadline.Cancel();
            }

            deadline.Token.ThrowIfCancellationRequested();
        }

        await using var buffer = new FileBufferingWriteStream(MemoryThreshold);
        try
        {
            var file = await produce(deadline.Token);
            CheckDeadline();
            file.Write(buffer, deadline.Token);
            CheckDeadline();
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = file.ContentType;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.Name}\"";
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["X-Network-Version"] = file.NetworkVersion.ToString(CultureInfo.InvariantCulture);
            http.Response.ContentLength = buffer.Length;
            await buffer.DrainBufferAsync(http.Response.Body, http.RequestAborted);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await ProblemAsync(http, StatusCodes.Status503ServiceUnavailable, $"The export did not finish within {timeout.TotalSeconds:0.###} s (Limits:ExecutionTimeout); try again, or ask for less.");
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
            logger.LogWarning("An export was refused: {Message}", refused.Message);
            await ProblemAsync(http, StatusCodes.Status422UnprocessableEntity, refused.Message);
        }
    }
}
