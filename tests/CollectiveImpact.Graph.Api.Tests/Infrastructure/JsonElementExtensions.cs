using System.Text.Json;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>Short paths into GraphQL responses: <c>data.Path("goals.totalCount")</c>, connection node ids.</summary>
public static class JsonElementExtensions
{
    public static JsonElement Path(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            element = int.TryParse(part, out var index) ? element[index] : element.GetProperty(part);
        }

        return element;
    }

    /// <summary>The <c>node.id</c> of every edge of a connection, in order.</summary>
    public static IReadOnlyList<string> NodeIds(this JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];
}
