using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.GraphQL.Documents;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;

namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>
/// The <c>/graphql</c> transport: GraphQL over HTTP (graphql-over-http draft). POST <c>application/json</c> for any
/// operation, GET with query parameters for queries only; responses in <c>application/graphql-response+json</c>
/// (status 400 when the request fails before execution, 200 once it executed) or, when a client asks for it,
/// <c>application/json</c> (200 for every well-formed request). Before anything is read, the caller must be
/// authenticated (401); the body is read under <see cref="RequestLimits"/> (413), and execution is bounded by
/// <see cref="RequestLimits.ExecutionTimeout"/>.
/// </summary>
/// <remarks>
/// A query of analysis fields only, sent again with the same text by a caller of the same role, is answered from the
/// bytes sent the first time while the network version and the day are unchanged (<see cref="ResponseCache"/>):
/// kept after its document is in <see cref="DocumentCache"/> (its second request), reused from the third.
/// </remarks>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<NetworkSchema> executer,
    IGraphQLTextSerializer serializer,
    DocumentCache documents,
    ResponseCache responses,
    IOptions<RequestLimits> limitOptions,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private const string NoQuery = "The request has no 'query'.";

    private static readonly Refusal NotAcceptable = new(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
        $"This endpoint answers in {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json} (UTF-8); the Accept header allows neither.");

    public async Task HandleAsync(HttpContext http)
    {
        var responseType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (responseType is null)
        {
            await WriteAsync(http, GraphQLMediaTypes.Json, NotAcceptable);
            return;
        }

        var caller = Caller.From(http.User);
        var (request, refusal) = caller is null ? (null, await UnauthenticatedAsync(http)) : await ReadRequestAsync(http, caller);
        if (request is null || caller is null)
        {
            await WriteAsync(http, responseType, refusal!);
            return;
        }

        var key = responses.KeyFor(http, caller, request, responseType);
        var keepable = 0;
        ResponseStamp? stamp = null;
        if (key is not null)
        {
            if (await responses.FindCurrentAsync(key, http.RequestAborted) is { } kept)
            {
                await WriteBytesAsync(http, responseType, kept.Body);
                return;
            }

            // The version is read before executing: a write during the execution leaves the kept response stale, never wrong.
            keepable = documents.TryGet(request.Query!, out var document) ? ResponseCache.AnalysisFieldCount(document.Document, request.OperationName) : 0;
            stamp = keepable > 0 ? await responses.StampAsync(http.RequestAborted) : null;
        }

        var result = await ExecuteWithDeadlineAsync(http, caller, request);
        if (result is null)
        {
            return;
        }

        var stats = http.RequestServices.GetRequiredService<CacheStatsCollector>();
        if (CacheStatsCollector.IsRequested(request, http.Request))
        {
            stats.AddTo(result);
        }

        var status = StatusOf(http, responseType, result);
        // An answer holding a job under way changes without a write: never kept.
        if (key is not null && stamp is { } read && status == StatusCodes.Status200OK && result.Executed
            && result.Errors is not { Count: > 0 } && result.Extensions is not { Count: > 0 } && !stats.AnsweredWithAJob)
        {
            var body = await SerializeAsync(result, http.RequestAborted);
            responses.Keep(key, read, body, stats.Lookups, keepable);
            await WriteBytesAsync(http, responseType, body);
            return;
        }

        await WriteAsync(http, responseType, status, result);
    }

    private static async Task<Refusal> UnauthenticatedAsync(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        // The middleware keeps only successes; the handler caches its result, so asking again costs nothing.
        var failure = (await http.AuthenticateAsync()).Failure;
        return new Refusal(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, failure switch
        {
            null => $"Send an API key as 'Authorization: Bearer <key>' or '{AuthSchemes.ApiKeyHeader}: <key>', or a bearer token from the identity provider.",
            // The token handler's own messages describe its internals (IDX codes, key ids): summarized instead.
            SecurityTokenException => "The bearer token is not valid: expired, not yet valid, or with a wrong issuer, audience or signature.",
            _ => failure.Message,
        });
    }

    private async Task<(GraphQLRequest? Request, Refusal? Refusal)> ReadRequestAsync(HttpContext http, Caller caller)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            var (request, problem) = ReadQueryString(http.Request.Query);
            return request is null || string.IsNullOrWhiteSpace(request.Query)
                ? (null, new Refusal(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, problem ?? NoQuery))
                : (request, null);
        }

        return GraphQLMediaTypes.IsJsonRequest(http.Request.ContentType)
            ? await ReadBodyAsync(http, caller)
            : (null, new Refusal(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"A POST body must be {GraphQLMediaTypes.Json} (UTF-8); got '{http.Request.ContentType ?? "no Content-Type"}'."));
    }

    /// <summary>The body under the caller's limit (the backbone's is larger, for imports); over the common limit only an import may be.</summary>
    private async Task<(GraphQLRequest? Request, Refusal? Refusal)> ReadBodyAsync(HttpContext http, Caller caller)
    {
        var limits = limitOptions.Value;
        var body = await RequestBody.ReadAsync(http.Request,
            caller.Role == Roles.Backbone ? limits.MaxImportRequestBytes : limits.MaxRequestBytes, serializer, http.RequestAborted);
        var request = body.Request;
        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            return (null, new Refusal(request is null ? body.Status : StatusCodes.Status400BadRequest, body.Code ?? ErrorCodes.BadRequest, body.Problem ?? NoQuery));
        }

        return body.Size > limits.MaxRequestBytes && !RequestBody.IsImportOnly(request)
            ? (null, new Refusal(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
                $"The request body has {body.Size} bytes; at most {limits.MaxRequestBytes} are allowed (Limits:MaxRequestBytes) for anything but a mutation that only runs importNetwork."))
            : (request, null);
    }

    /// <summary>The result, a TIMEOUT once <see cref="RequestLimits.ExecutionTimeout"/> fired, or null when the client went away.</summary>
    private async Task<ExecutionResult?> ExecuteWithDeadlineAsync(HttpContext http, Caller caller, GraphQLRequest request)
    {
        var limits = limitOptions.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limits.ExecutionTimeout);
        try
        {
            var result = await executer.ExecuteAsync(Options(http, request, timeout.Token));

            // A resolver cancelled by the timeout may fail with its own exception (e.g. the database's "interrupted")
            // rather than OperationCanceledException: any error once the timeout fired is the timeout.
            return timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested && result.Errors?.Count > 0
                ? TimedOut(caller, limits, request)
                : result;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            logger.LogDebug("The client went away before the GraphQL request completed.");
            return null;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return TimedOut(caller, limits, request);
        }
    }

    private ExecutionOptions Options(HttpContext http, GraphQLRequest request, CancellationToken cancellationToken) => new()
    {
        Query = request.Query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
        RequestServices = http.RequestServices,
        User = http.User,
        CancellationToken = cancellationToken,
        ValidationRules = HttpMethods.IsGet(http.Request.Method) ? DocumentValidator.CoreRules.Append(QueriesOnlyOverGetRule.Instance) : null,
        UnhandledExceptionDelegate = context =>
        {
            // A bounded excerpt, never the whole query or its variables; a parser exception's message quotes
            // the query's line (the whole query when it is one line), so only its description is logged.
            var exception = context.OriginalException;
            logger.LogError(exception is GraphQLParser.Exceptions.GraphQLParserException ? null : exception,
                "Unhandled exception resolving {Path} ({Reason}) in {Request}",
                context.FieldContext is null ? "(request)" : string.Join('.', context.FieldContext.Path),
                exception is GraphQLParser.Exceptions.GraphQLParserException parser ? $"{parser.GetType().Name}: {parser.Description}" : exception.GetType().Name,
                RequestExcerpt.For(request.OperationName, request.Query));
            return Task.CompletedTask;
        },
    };

    /// <summary>
    /// 200 once the operation executed; before that 405 for a mutation over GET and, in graphql-response+json, 403 when
    /// every error is FORBIDDEN and 400 otherwise. A refused analysis overrides it (<see cref="RejectionStatus"/>).
    /// </summary>
    private static int StatusOf(HttpContext http, string responseType, ExecutionResult result)
    {
        var status = StatusCodes.Status200OK;
        if (!result.Executed)
        {
            if (result.Errors?.Any(e => e.Code == ErrorCodes.MethodNotAllowed) == true)
            {
                status = StatusCodes.Status405MethodNotAllowed;
                http.Response.Headers.Allow = HttpMethods.Post;
            }
            else if (responseType == GraphQLMediaTypes.GraphQLResponseJson)
            {
                status = result.Errors?.All(e => e.Code == ErrorCodes.Forbidden) == true
                    ? StatusCodes.Status403Forbidden
                    : StatusCodes.Status400BadRequest;
            }
        }

        return RejectionStatus(http, result) ?? status;
    }

    /// <summary>
    /// 503 when an analysis was refused because the service is overloaded (queue full or too long), else 429 when the
    /// caller's share was full, with <c>Retry-After</c> (the longest of the estimates); null when none was refused.
    /// </summary>
    private static int? RejectionStatus(HttpContext http, ExecutionResult result)
    {
        var rejections = result.Errors?.Select(e => e.InnerException).OfType<SchedulerRejectedException>().ToList();
        if (rejections is not { Count: > 0 })
        {
            return null;
        }

        http.Response.Headers.RetryAfter = rejections.Max(r => r.RetryAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return rejections.Any(r => r.Reason != RejectionReason.CallerShareFull)
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status429TooManyRequests;
    }

    private (GraphQLRequest? Request, string? Problem) ReadQueryString(IQueryCollection query)
    {
        try
        {
            return (new GraphQLRequest
            {
                Query = Single(query["query"]),
                OperationName = Single(query["operationName"]),
                Variables = ParseJsonParameter(query["variables"]),
                Extensions = ParseJsonParameter(query["extensions"]),
            }, null);
        }
        catch (JsonException ex)
        {
            return (null, $"The 'variables' and 'extensions' query parameters must be JSON objects: {ex.Message}");
        }

        static string? Single(StringValues values) => values.Count == 0 ? null : values[^1];

        global::GraphQL.Inputs? ParseJsonParameter(StringValues values) =>
            Single(values) is { Length: > 0 } json ? serializer.Deserialize<global::GraphQL.Inputs>(json) : null;
    }

    private ExecutionResult TimedOut(Caller caller, RequestLimits limits, GraphQLRequest request)
    {
        logger.LogWarning("A GraphQL request of {Caller} was stopped after {Timeout}: {Request}", caller.PartitionKey, limits.ExecutionTimeout,
            RequestExcerpt.For(request.OperationName, request.Query));
        return new ExecutionResult(new ApiError(ErrorCodes.Timeout,
            $"The operation ran longer than {limits.ExecutionTimeout.TotalSeconds:0.#} s (Limits:ExecutionTimeout) and was stopped; a write that was stopped changed nothing."))
        {
            // It did start: the status says so (200), like any other error raised during execution.
            Executed = true,
        };
    }

    private Task WriteAsync(HttpContext http, string mediaType, Refusal refusal) =>
        WriteAsync(http, mediaType, refusal.Status, new ExecutionResult(new ApiError(refusal.Code, refusal.Message)));

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task<ReadOnlyMemory<byte>> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>A 200 whose body was serialized before (kept, or about to be kept, by <see cref="ResponseCache"/>).</summary>
    private static async Task WriteBytesAsync(HttpContext http, string mediaType, ReadOnlyMemory<byte> body)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>An answer given before execution: the HTTP status, the error code and what to do about it.</summary>
    private sealed record Refusal(int Status, string Code, string Message);
}
