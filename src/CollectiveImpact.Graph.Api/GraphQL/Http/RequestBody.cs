using System.Buffers;
using System.Text.Json;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.GraphQL.Imports;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;

namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>
/// Reads a POST body under a byte limit, then as a GraphQL request. The limit is counted on the bytes actually
/// read, not trusted from <c>Content-Length</c>, so a chunked or lying request cannot get past it.
/// </summary>
public sealed record RequestBody(GraphQLRequest? Request, long Size, int Status, string? Code, string? Problem)
{
    public static async Task<RequestBody> ReadAsync(HttpRequest http, long limit, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        if (http.ContentLength > limit)
        {
            return TooLarge(http.ContentLength.Value, limit);
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await http.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return TooLarge(buffer.Length + read, limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        var size = buffer.Length;
        if (FirstNonSpace(buffer.GetBuffer().AsSpan(0, (int)size)) == (byte)'[')
        {
            return new RequestBody(null, size, StatusCodes.Status400BadRequest, ErrorCodes.BatchNotSupported,
                "Batched requests (a JSON array) are not accepted; send one operation per request.");
        }

        // An import's document is read from these bytes as they are, never as a tree of boxed values (issue 12).
        var bytes = buffer.GetBuffer().AsMemory(0, (int)size);
        if (bytes.Span.IndexOf("importNetwork"u8) >= 0 && ImportRequestReader.TryRead(bytes, serializer) is { } import)
        {
            return new RequestBody(import, size, StatusCodes.Status200OK, null, null);
        }

        buffer.Position = 0;
        try
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(buffer, cancellationToken);
            return request is null
                ? BadRequest(size, "The request body is empty; send a JSON object with a 'query'.")
                : new RequestBody(request, size, StatusCodes.Status200OK, null, null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            // Messages of System.Text.Json name the position and the expected token, never our internals.
            var detail = ex is JsonException ? ex.Message : "a value has the wrong type";
            return BadRequest(size, $"The request body is not a GraphQL request (a JSON object with 'query', 'operationName', 'variables', 'extensions'): {detail}");
        }
    }

    /// <summary>
    /// True when the operation that would run is a mutation selecting nothing but <c>importNetwork</c>: the one
    /// request allowed past <see cref="Limits.RequestLimits.MaxRequestBytes"/>.
    /// </summary>
    public static bool IsImportOnly(GraphQLRequest request)
    {
        try
        {
            var document = Parser.Parse(request.Query, new ParserOptions { Ignore = IgnoreOptions.All });
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var operation = request.OperationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
            return operation is { Operation: OperationType.Mutation }
                && operation.SelectionSet.Selections.Count > 0
                && operation.SelectionSet.Selections.All(s => s is GraphQLField { Name.StringValue: "importNetwork" });
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return false;
        }
    }

    private static byte? FirstNonSpace(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        foreach (var b in bytes[start..])
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return null;
    }

    private static RequestBody BadRequest(long size, string problem) =>
        new(null, size, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, problem);

    private static RequestBody TooLarge(long size, long limit) =>
        new(null, size, StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
            $"The request body has at least {size} bytes; this request may send at most {limit} (Limits:MaxRequestBytes; only importNetwork from a backbone caller may send up to Limits:MaxImportRequestBytes).");
}
