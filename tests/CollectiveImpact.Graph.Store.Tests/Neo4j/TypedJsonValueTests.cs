using System.Text.Json;
using CollectiveImpact.Graph.Store.Neo4j;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>Decoding typed JSON; every input is an example from the Query API's "Typed JSON" type-mapping table.</summary>
public sealed class TypedJsonValueTests
{
    public static TheoryData<string, object?> Scalars => new()
    {
        { """{"$type": "Null", "_value": null}""", null },
        { """{"$type": "Boolean", "_value": true}""", true },
        { """{"$type": "Integer", "_value": "123"}""", 123L },
        { """{"$type": "Integer", "_value": "-9007199254740993"}""", -9007199254740993L },
        { """{"$type": "Float", "_value": "4.56"}""", 4.56 },
        { """{"$type": "Float", "_value": "3.2E9"}""", 3.2e9 },
        { """{"$type": "Float", "_value": "Infinity"}""", double.PositiveInfinity },
        { """{"$type": "Float", "_value": "Nan"}""", double.NaN },
        { """{"$type": "String", "_value": "Hello World"}""", "Hello World" },
        { """{"$type": "Date", "_value": "2015-03-26"}""", new DateOnly(2015, 3, 26) },
        { """{"$type": "LocalDateTime", "_value": "2015-07-04T19:32:24"}""", new DateTime(2015, 7, 4, 19, 32, 24) },
        { """{"$type": "OffsetDateTime", "_value": "2024-01-01T21:40:32-01:00"}""", new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)) },
        { """{"$type": "ZonedDateTime", "_value": "2015-11-21T21:40:32.142Z[Antarctica/Troll]"}""", new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero) },
        { """{"$type": "Duration", "_value": "P14DT16H12M"}""", "P14DT16H12M" },
        { """{"$type": "Point", "_value": "SRID=7203;POINT (1.2 3.4)"}""", "SRID=7203;POINT (1.2 3.4)" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Decode_DocumentedScalar_GivesTheMatchingDotNetValue(string json, object? expected)
    {
        var value = TypedJsonValue.Decode(Parse(json));

        Assert.Equal(expected, value);
    }

    [Fact]
    public void Decode_Base64_GivesTheBytes()
    {
        var value = TypedJsonValue.Decode(Parse("""{"$type": "Base64", "_value": "A2+/"}"""));

        Assert.Equal(new byte[] { 0x03, 0x6f, 0xbf }, value);
    }

    [Fact]
    public void Decode_ListAndMap_DecodeTheirElements()
    {
        var list = TypedJsonValue.Decode(Parse("""{"$type": "List", "_value": [{"$type": "String", "_value": "A"}, {"$type": "Integer", "_value": "2"}]}"""));
        var map = TypedJsonValue.Decode(Parse("""{"$type": "Map", "_value": {"fieldA": {"$type": "String", "_value": "A"}, "when": {"$type": "Date", "_value": "2022-06-30"}}}"""));

        Assert.Equal(new object?[] { "A", 2L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(list));
        var fields = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map);
        Assert.Equal("A", fields["fieldA"]);
        Assert.Equal(new DateOnly(2022, 6, 30), fields["when"]);
    }

    [Fact]
    public void Decode_Relationship_KeepsItsEndsTypeAndProperties()
    {
        var value = TypedJsonValue.Decode(Parse("""
            {"$type": "Relationship", "_value": {"_element_id": "5:x:2", "_start_node_element_id": "4:x:0",
              "_end_node_element_id": "4:x:2", "_type": "LIKES", "_properties": {"since": {"$type": "String", "_value": "forever!"}}}}
            """));

        var relationship = Assert.IsType<GraphRelationship>(value);
        Assert.Equal(("5:x:2", "4:x:0", "4:x:2", "LIKES"), (relationship.ElementId, relationship.StartNodeElementId, relationship.EndNodeElementId, relationship.Type));
        Assert.Equal("forever!", relationship.Properties["since"]);
    }

    [Fact]
    public void Decode_Path_GivesNodesAndRelationshipsInOrder()
    {
        var response = QueryApiMessages.Response(QueryApiPayloads.Path);

        var path = Assert.IsType<GraphPath>(response.Result.Single("p"));

        Assert.Equal(["Alice", "Phil"], path.Nodes.Select(n => n.Properties["name"]));
        Assert.Equal(42L, path.Nodes.First().Properties["age"]);
        var likes = Assert.Single(path.Relationships);
        Assert.Equal((path.Nodes.First().ElementId, path.Nodes.Last().ElementId), (likes.StartNodeElementId, likes.EndNodeElementId));
    }

    [Theory]
    [InlineData("""{"$type": "Hologram", "_value": "?"}""", "Hologram")]
    [InlineData("""{"_value": "no type"}""", "$type")]
    [InlineData("""{"$type": "Integer", "_value": 12}""", "Integer")]
    public void Decode_UnknownOrMalformedValue_IsRejectedNamingTheProblem(string json, string named)
    {
        var error = Assert.Throws<FormatException>(() => TypedJsonValue.Decode(Parse(json)));

        Assert.Contains(named, error.Message);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
