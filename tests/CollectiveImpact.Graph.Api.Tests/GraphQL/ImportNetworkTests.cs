using System.Text.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// importNetwork and exportNetwork through the API: MERGE and REPLACE, invalid documents refused whole with every
/// problem listed, and export → import → export without loss. Starts from the sample loaded on start.
/// </summary>
public sealed class ImportNetworkTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string ImportMutation = "mutation($doc: JSON!, $mode: ImportMode!) { importNetwork(document: $doc, mode: $mode) { version deleted written { goals organizations people activities ties total } } }";

    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task Import_InvalidDocument_ListsEveryProblemWithItsPathAndChangesNothing()
    {
        var before = await ExportAsync();
        var document = new
        {
            format = "collective-impact-network/1",
            goals = new object[] { new { id = "g-dup", name = "One" }, new { id = "g-dup", name = "Two" } },
            organizations = new object[] { new { id = "o-bad", name = "Bad", sector = "SPACE" } },
            activities = new object[] { new { id = "a-bad", name = "Bad", lead = "o-missing", start = "2024-13-45" } },
            ties = new object[] { new { from = "g-dup", to = "o-bad", type = "COLLABORATES" } },
        };

        foreach (var mode in new[] { "MERGE", "REPLACE" })
        {
            var response = await client.PostAsync(ImportMutation, new { doc = document, mode });

            Assert.True(response.ErrorCodes.SequenceEqual(["INVALID_INPUT"]), response.ToString());
            var problems = response.Errors[0].Path("extensions.problems").EnumerateArray().ToList();
            var paths = problems.Select(p => p.GetProperty("path").GetString()).ToList();
            Assert.Contains("$.goals[1].id", paths);
            Assert.Contains("$.organizations[0].sector", paths);
            Assert.Contains("$.activities[0].start", paths);
            Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("message").GetString())));
            Assert.Equal(before.ToString(), (await ExportAsync()).ToString());
        }
    }

    [Fact]
    public async Task Import_NotAnObject_IsRefusedWithAProblem()
    {
        var response = await client.PostAsync(ImportMutation, new { doc = new[] { 1, 2, 3 }, mode = "MERGE" });

        Assert.Equal(["INVALID_INPUT"], response.ErrorCodes);
        Assert.NotEqual(0, response.Errors[0].Path("extensions.problems").GetArrayLength());
    }

    [Fact]
    public async Task ExportImportExport_ThroughTheApi_IsLossless()
    {
        var first = await ExportAsync();

        var imported = await client.DataAsync(ImportMutation, new { doc = first.GetProperty("document"), mode = "REPLACE" });
        var second = await ExportAsync();

        Assert.Equal(first.GetProperty("version").GetInt64() + 1, imported.Path("importNetwork.version").GetInt64());
        Assert.Equal(first.GetProperty("document").ToString(), second.GetProperty("document").ToString());
    }

    [Fact]
    public async Task Import_MergeThenReplace_AddsThenBecomesTheWholeNetwork()
    {
        var original = await ExportAsync();
        var organizations = original.GetProperty("document").GetProperty("organizations").GetArrayLength();
        var goals = original.GetProperty("document").GetProperty("goals").GetArrayLength();
        var small = new
        {
            format = "collective-impact-network/1",
            goals = new object[] { new { id = "g-merge", name = "Merged goal" } },
            organizations = new object[] { new { id = "o-merge-a", name = "A", goals = new[] { "g-merge" } }, new { id = "o-merge-b", name = "B" } },
            ties = new object[] { new { from = "o-merge-a", to = "o-merge-b", type = "COLLABORATES", weight = 2 } },
        };

        try
        {
            var merged = await client.DataAsync(ImportMutation, new { doc = small, mode = "MERGE" });
            var afterMerge = await client.DataAsync("{ organizations { totalCount } goals { totalCount } }");
            var replaced = await client.DataAsync(ImportMutation, new { doc = small, mode = "REPLACE" });
            var afterReplace = await client.DataAsync("{ organizations { totalCount } people { totalCount } initiative { id } }");

            Assert.Equal(2, merged.Path("importNetwork.written.organizations").GetInt32());
            Assert.Equal(1, merged.Path("importNetwork.written.ties").GetInt32());
            Assert.Equal(organizations + 2, afterMerge.Path("organizations.totalCount").GetInt32());
            Assert.Equal(goals + 1, afterMerge.Path("goals.totalCount").GetInt32());
            Assert.True(replaced.Path("importNetwork.deleted").GetInt32() > 0);
            Assert.Equal(2, afterReplace.Path("organizations.totalCount").GetInt32());
            Assert.Equal(0, afterReplace.Path("people.totalCount").GetInt32());
            Assert.Equal(JsonValueKind.Null, afterReplace.GetProperty("initiative").ValueKind);
        }
        finally
        {
            await client.DataAsync(ImportMutation, new { doc = original.GetProperty("document"), mode = "REPLACE" });
        }
    }

    [Fact]
    public async Task Import_DocumentAsLiteral_IsAcceptedLikeAVariable()
    {
        var data = await client.DataAsync("""
            mutation { importNetwork(document: { format: "collective-impact-network/1", goals: [{ id: "g-literal", name: "From a literal" }] }) { written { goals } } }
            """);

        Assert.Equal(1, data.Path("importNetwork.written.goals").GetInt32());
        Assert.Equal("From a literal", (await client.DataAsync("{ node(id: \"g-literal\") { name } }")).Path("node.name").GetString());
    }

    [Fact]
    public async Task Import_DocumentAsJsonText_IsReadAsTheDocument()
    {
        const string text = """{"format":"collective-impact-network/1","goals":[{"id":"g-from-text","name":"From JSON text"}]}""";

        var data = await client.DataAsync(ImportMutation, new { doc = text, mode = "MERGE" });

        Assert.Equal(1, data.Path("importNetwork.written.goals").GetInt32());
        Assert.Equal("From JSON text", (await client.DataAsync("{ node(id: \"g-from-text\") { name } }")).Path("node.name").GetString());
    }

    private async Task<JsonElement> ExportAsync() =>
        (await client.DataAsync("{ exportNetwork { version document } }")).GetProperty("exportNetwork");
}
