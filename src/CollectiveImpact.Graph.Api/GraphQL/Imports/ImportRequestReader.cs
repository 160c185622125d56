using System.Buffers;
using System.Text.Json;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;

namespace CollectiveImpact.Graph.Api.GraphQL.Imports;

/// <summary>
/// Reads an import-only request (a mutation selecting nothing but <c>importNetwork</c>) without turning its document
/// into GraphQL.NET's tree of dictionaries and boxed values: the variable that carries the document is handed on as
/// the body's own bytes (<see cref="RawJson"/>), and only the rest of the request (query, small variables,
/// extensions) goes through the serializer. For the 20,000-organization document that tree was most of a 1.3 GB
/// peak; the raw bytes are read once, by the document reader, straight into the domain model.
/// </summary>
public static class ImportRequestReader
{
    private const string ImportField = "importNetwork";
    private const string DocumentArgument = "document";

    /// <summary>
    /// The request with its document variable kept raw, or null when the body is not an import-only request whose
    /// document is a variable holding a JSON object (then the caller reads it the ordinary way, with the ordinary
    /// errors).
    /// </summary>
    public static GraphQLRequest? TryRead(ReadOnlyMemory<byte> body, IGraphQLTextSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        try
        {
            return Read(body, serializer);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GraphQLRequest? Read(ReadOnlyMemory<byte> body, IGraphQLTextSerializer serializer)
    {
        var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? query = null;
        string? operationName = null;
        Range? extensions = null;
        var variables = new List<(string Name, Range Value, bool IsObject)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString()!;
            if (!seen.Add(property) || !reader.Read())
            {
                return null;
            }

            switch (property)
            {
                case "query" when reader.TokenType == JsonTokenType.String:
                    query = reader.GetString();
                    break;
                case "operationName" when reader.TokenType is JsonTokenType.String or JsonTokenType.Null:
                    operationName = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "variables" when reader.TokenType == JsonTokenType.StartObject:
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString()!;
                        reader.Read();
                        var isObject = reader.TokenType == JsonTokenType.StartObject;
                        variables.Add((name, ValueRange(ref reader), isObject));
                    }

                    break;
                case "variables" when reader.TokenType == JsonTokenType.Null:
                    break;
                case "extensions" when reader.TokenType is JsonTokenType.StartObject or JsonTokenType.Null:
                    extensions = ValueRange(ref reader);
                    break;
                default:
                    return null;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || query is null)
        {
            return null;
        }

        var documentVariables = DocumentVariables(query, operationName);
        if (documentVariables is null || !variables.Any(v => v.IsObject && documentVariables.Contains(v.Name)))
        {
            return null;
        }

        // Everything but the documents, rewritten small and read by the serializer as any request is.
        var rest = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(rest))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query);
            if (operationName is not null)
            {
                writer.WriteString("operationName", operationName);
            }

            writer.WriteStartObject("variables");
            foreach (var (name, value, isObject) in variables)
            {
                if (!(isObject && documentVariables.Contains(name)))
                {
                    writer.WritePropertyName(name);
                    writer.WriteRawValue(body.Span[value], skipInputValidation: true);
                }
            }

            writer.WriteEndObject();
            if (extensions is { } range)
            {
                writer.WritePropertyName("extensions");
                writer.WriteRawValue(body.Span[range], skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        var request = serializer.Deserialize<GraphQLRequest>(System.Text.Encoding.UTF8.GetString(rest.WrittenSpan));
        if (request is null)
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Variables ?? global::GraphQL.Inputs.Empty)
        {
            values[name] = value;
        }

        foreach (var (name, value, isObject) in variables)
        {
            if (isObject && documentVariables.Contains(name))
            {
                values[name] = new RawJson(body[value]);
            }
        }

        request.Variables = new global::GraphQL.Inputs(values);
        return request;
    }

    /// <summary>The byte range of the value the reader is on (an object or array whole), leaving the reader at its end.</summary>
    private static Range ValueRange(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return start..(int)reader.BytesConsumed;
    }

    /// <summary>
    /// The names of the variables passed as <c>importNetwork</c>'s <c>document</c> in the operation that would run,
    /// or null when that operation is not a mutation selecting nothing but <c>importNetwork</c>.
    /// </summary>
    private static HashSet<string>? DocumentVariables(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (operation is not { Operation: OperationType.Mutation } || operation.SelectionSet.Selections.Count == 0
            || !operation.SelectionSet.Selections.All(s => s is GraphQLField { Name.StringValue: ImportField }))
        {
            return null;
        }

        return operation.SelectionSet.Selections
            .Cast<GraphQLField>()
            .SelectMany(f => f.Arguments?.Items ?? [])
            .Where(a => a.Name.StringValue == DocumentArgument)
            .Select(a => a.Value)
            .OfType<GraphQLVariable>()
            .Select(v => v.Name.StringValue)
            .ToHashSet(StringComparer.Ordinal);
    }
}
