using System.Text.Json;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>Reads a whole connection page by page, the way a client must (at most the maximum page size at a time).</summary>
public static class ConnectionPages
{
    /// <summary>
    /// Every edge node of the connection at <paramref name="path"/> in the data of <paramref name="query"/>, which takes
    /// <c>$after: String</c> and asks for <c>pageInfo { hasNextPage endCursor }</c> and <c>edges { node { … } }</c>.
    /// </summary>
    public static async Task<IReadOnlyList<JsonElement>> AllAsync(GraphQLClient client, string query, string path, Dictionary<string, object?>? variables = null)
    {
        var nodes = new List<JsonElement>();
        string? after = null;
        for (var page = 0; page < 1000; page++)
        {
            var arguments = new Dictionary<string, object?>(variables ?? []) { ["after"] = after };
            var connection = (await client.DataAsync(query, arguments)).Path(path);
            nodes.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")));
            if (!connection.Path("pageInfo.hasNextPage").GetBoolean())
            {
                return nodes;
            }

            after = connection.Path("pageInfo.endCursor").GetString();
        }

        throw new InvalidOperationException($"{path} did not end within 1000 pages.");
    }
}
