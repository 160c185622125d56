using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Caching;
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
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<NetworkSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<RequestLimits> limitOptions,
    ILogger<GraphQLHttpEndpoint> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var responseType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (responseType is null)
        {
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"This endpoint answers in {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json} (UTF-8); the Accept header allows neither.");
            return;
        }

        var caller = Caller.From(http.User);
        if (caller is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            // The middleware keeps only successes; the handler caches its result, so asking again costs nothing.
            var failure = (await http.AuthenticateAsync()).Failure;
            await WriteErrorAsync(http, responseType, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, failure switch
            {
                null => $"Send an API key as 'Authorization: Bearer <key>' or '{AuthSchemes.ApiKeyHeader}: <key>', or a bearer token from the identity provider.",
                // The token handler's own messages describe its internals (IDX codes, key ids): summarized instead.
                SecurityTokenException => "The bearer token is not valid: expired, not yet valid, or with a wrong issuer, audience or signature.",
                _ => failure.Message,
            });
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !GraphQLMediaTypes.IsJsonRequest(http.Request.ContentType))
        {
            await WriteErrorAsync(http, responseType, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"A POST body must be {GraphQLMediaTypes.Json} (UTF-8); got '{http.Request.ContentType ?? "no Content-Type"}'.");
            return;
        }

        var limits = limitOptions.Value;
        GraphQLRequest? request;
        if (isGet)
        {
            (request, var problem) = ReadQueryString(http.Request.Query);
            if (request is null || string.IsNullOrWhiteSpace(request.Query))
            {
                await WriteErrorAsync(http, responseType, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, problem ?? "The request has no 'query'.");
                return;
            }
        }
        else
        {
            var body = await RequestBody.ReadAsync(http.Request,
                caller.Role == Roles.Backbone ? limits.MaxImportRequestBytes : limits.MaxRequestBytes, serializer, http.RequestAborted);
            request = body.Request;
            if (request is null || string.IsNullOrWhiteSpace(request.Query))
            {
                await WriteErrorAsync(http, responseType, body.Request is null ? body.Status : StatusCodes.Status400BadRequest,
                    body.Code ?? ErrorCodes.BadRequest, body.Problem ?? "The request has no 'query'.");
                return;
            }

            if (body.Size > limits.MaxRequestBytes && !RequestBody.IsImportOnly(request))
            {
                await WriteErrorAsync(http, responseType, StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
                    $"The request body has {body.Size} bytes; at most {limits.MaxRequestBytes} are allowed (Limits:MaxRequestBytes) for anything but a mutation that only runs importNetwork.");
                return;
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limits.ExecutionTimeout);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = timeout.Token,
                ValidationRules = isGet ? DocumentValidator.CoreRules.Append(QueriesOnlyOverGetRule.Instance) : null,
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
            });
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            logger.LogDebug("The client went away before the GraphQL request completed.");
            return;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            result = TimedOut(caller, limits, request);
        }

        // A resolver cancelled by the timeout may fail with its own exception (e.g. the database's "interrupted")
        // rather than OperationCanceledException: any error once the timeout fired is the timeout.
        if (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested && result.Errors?.Count > 0)
        {
            result = TimedOut(caller, limits, request);
        }

        if (CacheStatsCollector.IsRequested(request, http.Request))
        {
            http.RequestServices.GetRequiredService<CacheStatsCollector>().AddTo(result);
        }

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

        status = RejectionStatus(http, result) ?? status;
        await WriteAsync(http, responseType, status, result);
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

    private Task WriteErrorAsync(HttpContext http, string mediaType, int status, string code, string message) =>
        WriteAsync(http, mediaType, status, new ExecutionResult(new ApiError(code, message)));

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
