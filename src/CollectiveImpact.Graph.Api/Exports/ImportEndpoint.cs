using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Imports;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Exports;

/// <summary>
/// <c>POST /import</c>: a file in (docs/spreadsheets.md): the network workbook as Excel, a zip of its CSV
/// files, one CSV sheet, or a network document; the body is the file itself or a <c>multipart/form-data</c> upload.
/// Parameters: <c>mode</c> (MERGE, the default, or REPLACE), <c>dryRun</c> (true: check and say what would change,
/// write nothing), <c>format</c> (xlsx, zip, csv, json; detected when absent) and <c>sheet</c> (the sheet a lone CSV
/// file holds, when its file name does not say). Backbone only, as <c>importNetwork</c>; bounded by
/// <c>Limits:MaxImportRequestBytes</c> and <c>Limits:ExecutionTimeout</c>. Answers what the import did (200), or every
/// problem by sheet, row and column (422, nothing written).
/// </summary>
public sealed class ImportEndpoint(FileImporter importer, IOptions<RequestLimits> limits, ILogger<ImportEndpoint> logger)
{
    public const string Path = "/import";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task HandleAsync(HttpContext http)
    {
        if (await ExportResponse.CallerAsync(http) is not { } caller)
        {
            return;
        }

        if (caller.Role != Roles.Backbone)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status403Forbidden,
                $"Importing writes the network: backbone only, as importNetwork; the {caller.Role} role may not.");
            return;
        }

        var query = http.Request.Query;
        var (mode, dryRun, format, sheet, problem) = Parameters(query);
        var (kumu, kumuProblem) = KumuTypes(query);
        if ((ExportResponse.UnknownOrRepeated(query, "mode", "dryRun", "format", "sheet", "elementTypes", "connectionTypes") ?? problem ?? kumuProblem) is { } parameterProblem)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status400BadRequest, parameterProblem);
            return;
        }

        var limit = limits.Value.MaxImportRequestBytes;
        await using var file = new FileStream(System.IO.Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        var (fileName, bodyProblem, bodyStatus) = await ReadFileAsync(http, file, limit);
        if (bodyProblem is not null)
        {
            await ExportResponse.ProblemAsync(http, bodyStatus, bodyProblem);
            return;
        }

        format ??= FormatOf(fileName);
        sheet ??= fileName is not null && System.IO.Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? System.IO.Path.GetFileNameWithoutExtension(fileName)
            : null;

        var timeout = limits.Value.ExecutionTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(timeout);
        try
        {
            var result = await importer.ImportAsync(file, format, sheet, mode, dryRun, limit, caller.Name, deadline.Token, kumu);
            logger.LogInformation("Imported a {Format} file ({Mode}, dry run {DryRun}): version {Version}", result.Format, mode, dryRun, result.Import.Version);
            http.Response.Headers.CacheControl = "no-store";
            await Results.Json(Answer(result), Json, statusCode: StatusCodes.Status200OK).ExecuteAsync(http);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status503ServiceUnavailable,
                $"The import did not finish within {timeout.TotalSeconds:0.###} s (Limits:ExecutionTimeout) and wrote nothing; split the file and import the parts with MERGE.");
        }
        catch (FileImportRefusedProblem refused)
        {
            await Results.Problem(
                detail: refused.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The file was refused; nothing was written.",
                extensions: new Dictionary<string, object?>
                {
                    ["problems"] = refused.Problems.Select(p => new
                    {
                        location = WorkbookProblem.Location(p.Sheet, p.Row, p.Cell),
                        sheet = p.Sheet,
                        row = p.Row,
                        column = p.Column,
                        cell = p.Cell,
                        code = p.Code,
                        message = p.Message,
                        path = p.Path,
                    }).ToList(),
                    ["problemCount"] = refused.ProblemCount,
                }).ExecuteAsync(http);
        }
        catch (ArgumentProblem refused)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status400BadRequest, refused.Message);
        }
        catch (ServiceProblem refused)
        {
            await ExportResponse.ProblemAsync(http, StatusCodes.Status422UnprocessableEntity, refused.Message);
        }
    }

    private static object Answer(FileImportResult result) => new
    {
        format = result.Format,
        dryRun = result.Import.DryRun,
        version = result.Import.Version,
        written = result.Import.Written,
        deleted = result.Import.Deleted,
        changes = result.Import.Changes,
        warnings = result.Import.Warnings,
        layout = result.Layout,
        sheets = result.Sheets,
        ignoredSheets = result.IgnoredSheets,
        notes = result.Notes.Select(n => new { location = WorkbookProblem.Location(n.Sheet, n.Row, n.Cell), sheet = n.Sheet, row = n.Row, code = n.Code, message = n.Message }),
    };

    /// <summary>
    /// <c>elementTypes=Partner:organization;Project:activity</c> and <c>connectionTypes=Friendship:COMMUNICATES</c>: a
    /// Kumu import's own type mapping, on top of the defaults and Import:Kumu.
    /// </summary>
    private static (KumuOptions? Types, string? Problem) KumuTypes(IQueryCollection query)
    {
        if (query["elementTypes"] is not [{ } elementText] && query["connectionTypes"] is not [{ } _])
        {
            return (null, null);
        }

        var types = new KumuOptions();
        string[] kinds = ["organization", "person", "activity", "goal", "indicator"];
        foreach (var (parameter, target, allowed) in new[]
        {
            ("elementTypes", types.ElementTypes, kinds),
            ("connectionTypes", types.ConnectionTypes, KumuOptions.ConnectionMeanings.ToArray()),
        })
        {
            if (query[parameter] is not [{ } text])
            {
                continue;
            }

            foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var colon = pair.LastIndexOf(':');
                var value = colon > 0 ? pair[(colon + 1)..].Trim() : string.Empty;
                if (colon <= 0 || !allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    return (null, $"{parameter}: '{pair}' is not 'Kumu type:meaning' with the meaning one of {string.Join(", ", allowed)}; separate pairs with ;.");
                }

                target[pair[..colon].Trim()] = value;
            }
        }

        return (types, null);
    }

    private static (ChangeMode Mode, bool DryRun, ImportFileFormat? Format, string? Sheet, string? Problem) Parameters(IQueryCollection query)
    {
        var mode = ChangeMode.Merge;
        if (query["mode"] is [{ } modeText])
        {
            switch (modeText.ToUpperInvariant())
            {
                case "MERGE":
                    break;
                case "REPLACE":
                    mode = ChangeMode.Replace;
                    break;
                default:
                    return (mode, false, null, null, $"mode: '{modeText}' is not MERGE or REPLACE.");
            }
        }

        var dryRun = false;
        if (query["dryRun"] is [{ } dryRunText] && !bool.TryParse(dryRunText, out dryRun))
        {
            return (mode, false, null, null, $"dryRun: '{dryRunText}' is not true or false.");
        }

        ImportFileFormat? format = null;
        if (query["format"] is [{ } formatText])
        {
            if (!Enum.TryParse<ImportFileFormat>(formatText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(formatText, out _))
            {
                return (mode, dryRun, null, null, $"format: '{formatText}' is not one of xlsx, zip, csv, json.");
            }

            format = parsed;
        }

        return (mode, dryRun, format, query["sheet"] is [{ } sheet] ? sheet : null, null);
    }

    private static ImportFileFormat? FormatOf(string? fileName) => System.IO.Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
    {
        ".xlsx" => ImportFileFormat.Xlsx,
        ".zip" => ImportFileFormat.Zip,
        ".csv" => ImportFileFormat.Csv,
        ".json" => ImportFileFormat.Json,
        _ => null,
    };

    /// <summary>
    /// The uploaded file copied into <paramref name="file"/>: the body, or the first file of a multipart form. Null
    /// problem when it is there and within <paramref name="limit"/> bytes; else the problem and its status.
    /// </summary>
    private static async Task<(string? FileName, string? Problem, int Status)> ReadFileAsync(HttpContext http, FileStream file, long limit)
    {
        if (http.Request.ContentLength > limit)
        {
            return (null, TooLarge(http.Request.ContentLength.Value, limit), StatusCodes.Status413PayloadTooLarge);
        }

        string? fileName = null;
        Stream source = http.Request.Body;
        IFormCollection? form = null;
        try
        {
            // Only a multipart form carries a file; any other body (curl --data-binary sends it as a url-encoded form) is the file.
            if (http.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
                if (form.Files.Count == 0)
                {
                    return (null, "The form holds no file: send the file as the form's 'file' field (or as the request body itself).", StatusCodes.Status400BadRequest);
                }

                var upload = form.Files.GetFile("file") ?? form.Files[0];
                fileName = upload.FileName;
                source = upload.OpenReadStream();
            }

            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, http.RequestAborted)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return (null, TooLarge(total, limit), StatusCodes.Status413PayloadTooLarge);
                }

                await file.WriteAsync(buffer.AsMemory(0, read), http.RequestAborted);
            }

            if (total == 0)
            {
                return (null, "The request has no file: send the workbook, zip, CSV or JSON file as the body (or as a multipart form's 'file').", StatusCodes.Status400BadRequest);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit + 1, limit), StatusCodes.Status413PayloadTooLarge);
        }
        catch (InvalidDataException ex)
        {
            return (null, $"The form could not be read: {ex.Message}", StatusCodes.Status400BadRequest);
        }
        finally
        {
            if (!ReferenceEquals(source, http.Request.Body))
            {
                await source.DisposeAsync();
            }
        }

        file.Position = 0;
        return (fileName, null, StatusCodes.Status200OK);
    }

    private static string TooLarge(long size, long limit) =>
        $"The file has more than {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes (at least {size.ToString("N0", CultureInfo.InvariantCulture)}); an import may send at most that (Limits:MaxImportRequestBytes). Split it and import the parts with MERGE.";
}
