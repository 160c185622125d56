using System.Text.Json.Nodes;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Tests.Support;
using Json.Schema;

namespace CollectiveImpact.Graph.Store.Tests.Documents;

/// <summary>
/// The published JSON Schema (docs/format/network-format-v1.schema.json) and the reader agree: both accept
/// generated documents, the spec's example and the sample, and both reject each bad document below.
/// </summary>
public sealed class NetworkFormatSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(RepositoryFiles.PathOf("docs/format/network-format-v1.schema.json"))));

    public static TheoryData<string, string> BadDocuments => new()
    {
        { "no format", """{ "goals": [] }""" },
        { "another format", """{ "format": "collective-impact-network/2" }""" },
        { "root is an array", """[ { "format": "collective-impact-network/1" } ]""" },
        { "unknown root property", """{ "format": "collective-impact-network/1", "nodes": [] }""" },
        { "unknown entry property", """{ "format": "collective-impact-network/1", "goals": [ { "id": "g", "name": "G", "owner": "x" } ] }""" },
        { "goal without name", """{ "format": "collective-impact-network/1", "goals": [ { "id": "g" } ] }""" },
        { "name is null", """{ "format": "collective-impact-network/1", "goals": [ { "id": "g", "name": null } ] }""" },
        { "empty id", """{ "format": "collective-impact-network/1", "people": [ { "id": "", "name": "P" } ] }""" },
        { "id is a number", """{ "format": "collective-impact-network/1", "people": [ { "id": 5, "name": "P" } ] }""" },
        { "lower-case sector", """{ "format": "collective-impact-network/1", "organizations": [ { "id": "o", "name": "O", "sector": "nonprofit" } ] }""" },
        { "unknown tie type", """{ "format": "collective-impact-network/1", "ties": [ { "from": "a", "to": "b", "type": "LIKES" } ] }""" },
        { "tie without type", """{ "format": "collective-impact-network/1", "ties": [ { "from": "a", "to": "b" } ] }""" },
        { "unpadded date", """{ "format": "collective-impact-network/1", "measurements": [ { "indicator": "i", "date": "2023-2-1", "value": 1 } ] }""" },
        { "month 13", """{ "format": "collective-impact-network/1", "measurements": [ { "indicator": "i", "date": "2023-13-01", "value": 1 } ] }""" },
        { "date with time", """{ "format": "collective-impact-network/1", "activities": [ { "id": "a", "name": "A", "lead": "o", "start": "2023-01-01T00:00:00Z" } ] }""" },
        { "measurement without value", """{ "format": "collective-impact-network/1", "measurements": [ { "indicator": "i", "date": "2023-01-01" } ] }""" },
        { "value is a string", """{ "format": "collective-impact-network/1", "measurements": [ { "indicator": "i", "date": "2023-01-01", "value": "1" } ] }""" },
        { "zero weight", """{ "format": "collective-impact-network/1", "ties": [ { "from": "a", "to": "b", "type": "REFERS", "weight": 0 } ] }""" },
        { "negative weight", """{ "format": "collective-impact-network/1", "ties": [ { "from": "a", "to": "b", "type": "REFERS", "weight": -1 } ] }""" },
        { "partner is a number", """{ "format": "collective-impact-network/1", "activities": [ { "id": "a", "name": "A", "lead": "o", "partners": [ 1 ] } ] }""" },
        { "communityLed is a string", """{ "format": "collective-impact-network/1", "organizations": [ { "id": "o", "name": "O", "communityLed": "yes" } ] }""" },
        { "list is an object", """{ "format": "collective-impact-network/1", "goals": { "id": "g", "name": "G" } }""" },
        { "entry is a string", """{ "format": "collective-impact-network/1", "goals": [ "g" ] }""" },
        { "baseline without value", """{ "format": "collective-impact-network/1", "indicators": [ { "id": "i", "name": "I", "goal": "g", "baseline": { "date": "2020-01-01" } } ] }""" },
        { "activity without lead", """{ "format": "collective-impact-network/1", "activities": [ { "id": "a", "name": "A" } ] }""" },
        { "initiative without id", """{ "format": "collective-impact-network/1", "initiative": { "name": "X" } }""" },
        { "organization since unpadded", """{ "format": "collective-impact-network/1", "organizations": [ { "id": "o", "name": "O", "since": "2021-1-01" } ] }""" },
        { "person until with time", """{ "format": "collective-impact-network/1", "people": [ { "id": "p", "name": "P", "until": "2021-01-01T00:00" } ] }""" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void SchemaAndReader_BadDocument_BothReject(string why, string json)
    {
        var schemaVerdict = Schema.Value.Evaluate(JsonNode.Parse(json)).IsValid;
        var readerProblems = NetworkDocumentReader.Read(json).Problems;

        Assert.False(schemaVerdict, $"The schema accepted a document with {why}.");
        Assert.NotEmpty(readerProblems);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 3)]
    [InlineData(3, 60)]
    [InlineData(4, 300)]
    public void Schema_GeneratedDocument_IsAccepted(int seed, int organizations)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = organizations });

        var result = Schema.Value.Evaluate(JsonNode.Parse(NetworkDocumentWriter.Write(network)), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_SinceAndUntilOnOrganizationsAndPeople_AreAccepted() =>
        Assert.True(Schema.Value.Evaluate(JsonNode.Parse(TimeFieldsTests.Document)).IsValid);

    [Fact]
    public void Schema_SpecExample_IsAccepted()
    {
        Assert.True(Schema.Value.Evaluate(JsonNode.Parse(NetworkDocumentReaderTests.SpecExample)).IsValid);
    }

    [Fact]
    public void Schema_Sample_IsAccepted()
    {
        var path = RepositoryFiles.PathOf(RoundTripTests.SamplePath);
        Assert.True(File.Exists(path), $"The sample {RoundTripTests.SamplePath} is missing from the repository.");

        Assert.True(Schema.Value.Evaluate(JsonNode.Parse(File.ReadAllText(path))).IsValid);
    }

    [Fact]
    public void Schema_Enums_MatchNetworkFormatNames()
    {
        var defs = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/format/network-format-v1.schema.json")))!["$defs"]!;

        string[] Values(string def, string property) =>
            defs[def]!["properties"]![property]!["enum"]!.AsArray().Where(v => v is not null).Select(v => v!.GetValue<string>()).ToArray();

        Assert.Equal(NetworkFormat.NamesOf<Sector>(), Values("organization", "sector"));
        Assert.Equal(NetworkFormat.NamesOf<Direction>(), Values("indicator", "direction"));
        Assert.Equal(NetworkFormat.NamesOf<ActivityStatus>(), Values("activity", "status"));
        Assert.Equal(NetworkFormat.NamesOf<TieType>(), Values("tie", "type"));
    }
}
