using System.Text;
using CollectiveImpact.Graph.Api.GraphQL.Imports;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using GraphQL.SystemTextJson;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Imports;

/// <summary>
/// The import-only fast path of the transport: the document variable is handed on as the body's own bytes, every
/// other part of the request as the serializer reads it; anything else is left to the ordinary path (null).
/// </summary>
public sealed class ImportRequestReaderTests
{
    private static readonly GraphQLSerializer Serializer = new();

    [Fact]
    public void TryRead_ImportWithItsDocumentInAVariable_KeepsTheDocumentsBytesAndReadsTheRest()
    {
        const string document = """{ "format": "collective-impact-network/1", "goals": [ { "id": "g", "name": "G" } ] }""";
        var body = Bytes($$$"""
            {"query":"mutation Import($d: JSON!, $m: ImportMode!) { importNetwork(document: $d, mode: $m) { version } }",
             "operationName":"Import","variables":{"m":"REPLACE","d":{{{document}}}},"extensions":{"trace":true}}
            """);

        var request = ImportRequestReader.TryRead(body, Serializer);

        Assert.NotNull(request);
        Assert.Equal("Import", request.OperationName);
        Assert.Contains("importNetwork", request.Query, StringComparison.Ordinal);
        var raw = Assert.IsType<RawJson>(request.Variables!["d"]);
        Assert.Equal(document, Encoding.UTF8.GetString(raw.Utf8.Span));
        Assert.Equal("REPLACE", request.Variables["m"]);
        Assert.Equal(true, request.Extensions!["trace"]);
    }

    [Theory]
    [InlineData("""{"query":"mutation($d: JSON!) { importNetwork(document: $d) { version } other: importNetwork(document: $d) { version } __typename }","variables":{"d":{}}}""")]
    [InlineData("""{"query":"query($d: JSON!) { exportNetwork { version } }","variables":{"d":{}}}""")]
    [InlineData("""{"query":"mutation($d: JSON!) { importNetwork(document: $d) { version } }","variables":{"d":"{}"}}""")]
    [InlineData("""{"query":"mutation { importNetwork(document: {}) { version } }"}""")]
    [InlineData("""{"query":"mutation($d: JSON!) { importNetwork(document: $d) { version } }","variables":{"d":{}},"unknown":1}""")]
    [InlineData("""{"query":"mutation($d: JSON!) { importNetwork(document: $d) { version } }","variables":{"d":{}""")]
    [InlineData("""[{"query":"mutation($d: JSON!) { importNetwork(document: $d) { version } }","variables":{"d":{}}}]""")]
    public void TryRead_NotAnImportOnlyRequestWithADocumentObject_LeavesItToTheOrdinaryPath(string body)
    {
        Assert.Null(ImportRequestReader.TryRead(Bytes(body), Serializer));
    }

    private static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
