using System.Text.Json;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Primitives;

namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>
/// The <c>/graphql</c> transport: GraphQL over HTTP (graphql-over-http draft). POST <c>application/json</c> for any
/// operation, GET with query parameters for queries only; responses in <c>application/graphql-response+json</c>
/// (status 400 when the request fails before execution, 200 once it executed) or, when a client asks for it,
/// <c>application/json</c> (200 for every well-formed request).
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<NetworkSchema> executer,
    IGraphQLTextSerializer serializer,
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

        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !GraphQLMediaTypes.IsJsonRequest(http.Request.ContentType))
        {
            await WriteErrorAsync(http, responseType, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"A POST body must be {GraphQLMediaTypes.Json} (UTF-8); got '{http.Request.ContentType ?? "no Content-Type"}'.");
            return;
        }

        var (request, problem) = isGet ? ReadQueryString(http.Request.Query) : await ReadBodyAsync(http);
        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteErrorAsync(http, responseType, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
                problem ?? "The request has no 'query'.");
            return;
        }

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
                CancellationToken = http.RequestAborted,
                ValidationRules = isGet ? DocumentValidator.CoreRules.Append(QueriesOnlyOverGetRule.Instance) : null,
                UnhandledExceptionDelegate = context =>
                {
                    logger.LogError(context.OriginalException, "Unhandled exception resolving {Path}",
                        context.FieldContext is null ? "(request)" : string.Join('.', context.FieldContext.Path));
                    return Task.CompletedTask;
                },
            });
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            logger.LogDebug("The client went away before the GraphQL request completed.");
            return;
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
                status = StatusCodes.Status400BadRequest;
            }
        }

        await WriteAsync(http, responseType, status, result);
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

    private async Task<(GraphQLRequest? Request, string? Problem)> ReadBodyAsync(HttpContext http)
    {
        try
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            return (request, request is null ? "The request body is empty; send a JSON object with a 'query'." : null);
        }
        catch (JsonException ex)
        {
            return (null, $"The request body is not a GraphQL request (a JSON object with 'query', 'operationName', 'variables', 'extensions'): {ex.Message}");
        }
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
