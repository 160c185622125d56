using System.Text.Json;
using CollectiveImpact.Graph.Store.Neo4j;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>Request bodies as the Query API documents them, and documented response bodies parsed (fields, rows, bookmarks, transaction, errors).</summary>
public sealed class QueryApiMessagesTests
{
    private static readonly CypherStatement Merge = new("test", "MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice", new HashSet<string> { "name", "age" });

    [Fact]
    public void Request_CarriesStatementParametersAccessModeAndBookmarks()
    {
        var body = QueryApiMessages.Request(
            Query.Of(Merge, ("name", "Alice"), ("age", 42), ("tags", new[] { "a", "b" }), ("nothing", null)),
            AccessMode.Read,
            ["FB:one", "FB:two"]);

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal(Merge.Text, root.GetProperty("statement").GetString());
        Assert.Equal("""{"name":"Alice","age":42,"tags":["a","b"],"nothing":null}""", root.GetProperty("parameters").GetRawText());
        Assert.Equal("Read", root.GetProperty("accessMode").GetString());
        Assert.Equal(["FB:one", "FB:two"], root.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public void Request_WithoutQuery_IsAnEmptyObject()
    {
        var body = QueryApiMessages.Request(null);

        Assert.Equal("{}", System.Text.Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void Response_DocumentedNodeResult_GivesFieldsRowsAndBookmarks()
    {
        var response = QueryApiMessages.Response(QueryApiPayloads.NodeAndString);

        Assert.Equal(["person", "name"], response.Result.Fields);
        var node = Assert.IsType<GraphNode>(response.Result.Single("person"));
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Phil", node.Properties["name"]);
        Assert.Equal("Phil", response.Result.Single("name"));
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], response.Result.Bookmarks);
        Assert.Null(response.TransactionId);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public void Response_OpenedTransaction_GivesItsId()
    {
        var response = QueryApiMessages.Response(QueryApiPayloads.Opened("lyU"));

        Assert.Equal("lyU", response.TransactionId);
    }

    [Fact]
    public void Response_Errors_GivesEachCodeAndMessage()
    {
        var response = QueryApiMessages.Response(QueryApiPayloads.SyntaxError);

        var error = Assert.Single(response.Errors);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.StartsWith("Invalid input 'T'", error.Message);
    }

    [Fact]
    public void Response_MalformedJson_IsAFormatException()
    {
        Assert.Throws<FormatException>(() => QueryApiMessages.Response("{\"data\": "));
    }
}
