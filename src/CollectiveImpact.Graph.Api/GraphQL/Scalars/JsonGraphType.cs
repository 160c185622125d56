using System.Text;
using System.Text.Json;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Scalars;

/// <summary>
/// Any JSON value, passed through as is: the network document of <c>importNetwork</c> and <c>exportNetwork</c>.
/// Variables arrive as parsed JSON (dictionaries, lists, numbers) or, for an import-only request, as the request's
/// own bytes (<see cref="RawJson"/>); literals are converted by the base type.
/// </summary>
public sealed class JsonGraphType : ComplexScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value. Here: a network document (format collective-impact-network/1).";
    }

    /// <summary>
    /// A <c>JSON</c> argument as UTF-8 JSON: the request's bytes when the transport kept them, a string read as JSON
    /// text, anything else (a literal's or variable's parsed value) written back as JSON.
    /// </summary>
    public static ReadOnlyMemory<byte> ToUtf8(object? value) => value switch
    {
        RawJson raw => raw.Utf8,
        JsonElement element => JsonSerializer.SerializeToUtf8Bytes(element),
        string text => Encoding.UTF8.GetBytes(text),
        _ => JsonSerializer.SerializeToUtf8Bytes(value),
    };
}
