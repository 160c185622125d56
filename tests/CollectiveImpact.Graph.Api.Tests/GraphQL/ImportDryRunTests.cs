using System.Text.Json;
using System.Text.Json.Nodes;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// importNetwork(dryRun: true) through the API, from the sample loaded on start: the same check as a real import,
/// per-kind counts worked out here from the exported sample, and nothing written (the version and a later export are
/// as before). Also the MOST_OF_NETWORK_REMOVED warning of a real REPLACE.
/// </summary>
public sealed class ImportDryRunTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Import = """
        mutation($doc: JSON!, $mode: ImportMode!, $dryRun: Boolean!) {
          importNetwork(document: $doc, mode: $mode, dryRun: $dryRun) {
            version dryRun deleted written { organizations ties total }
            changes {
              goals { ...counts } indicators { ...counts } measurements { ...counts } organizations { ...counts }
              people { ...counts } activities { ...counts } ties { ...counts } nodes { ...counts } total { ...counts }
            }
            warnings { code message }
          }
        }
        fragment counts on KindChanges { added changed removed unchanged }
        """;

    private readonly GraphQLClient client = factory.GraphQL();

    [Fact]
    public async Task DryRun_Merge_CountsWhatItWouldAddAndChangePerKindAndWritesNothing()
    {
        var before = await ExportAsync();
        var stored = Document(before);
        var organization = stored["organizations"]![0]!.DeepClone();
        organization["name"] = organization["name"]!.GetValue<string>() + " (renamed)";
        var document = new JsonObject
        {
            ["format"] = "collective-impact-network/1",
            ["goals"] = new JsonArray(new JsonObject { ["id"] = "g-dry", ["name"] = "Dry-run goal" }),
            ["organizations"] = new JsonArray(organization, new JsonObject { ["id"] = "o-dry", ["name"] = "Dry-run partner" }),
            ["ties"] = new JsonArray(new JsonObject { ["from"] = "o-dry", ["to"] = organization["id"]!.GetValue<string>(), ["type"] = "COLLABORATES" }),
        };

        var answer = (await client.DataAsync(Import, new { doc = document, mode = "MERGE", dryRun = true })).GetProperty("importNetwork");

        Assert.True(answer.GetProperty("dryRun").GetBoolean());
        Assert.Equal(before.GetProperty("version").GetInt64(), answer.GetProperty("version").GetInt64());
        Assert.Equal(Counts(1, 0, 0, Count(stored, "goals")), Counts(answer, "goals"));
        Assert.Equal(Counts(1, 1, 0, Count(stored, "organizations") - 1), Counts(answer, "organizations"));
        Assert.Equal(Counts(1, 0, 0, Count(stored, "ties")), Counts(answer, "ties"));
        Assert.Equal(Counts(0, 0, 0, Count(stored, "people")), Counts(answer, "people"));
        Assert.Equal(Counts(0, 0, 0, Count(stored, "measurements")), Counts(answer, "measurements"));
        Assert.Equal(0, answer.GetProperty("deleted").GetInt32());
        Assert.Equal(4, answer.Path("written.total").GetInt32());
        Assert.Equal(0, answer.GetProperty("warnings").GetArrayLength());
        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task DryRun_Replace_CountsWhatTheDocumentLeavesOutSaysMostIsRemovedAndWritesNothing()
    {
        var before = await ExportAsync();
        var stored = Document(before);
        var document = stored.DeepClone().AsObject();
        document["people"] = new JsonArray();
        document["ties"] = new JsonArray();

        var answer = (await client.DataAsync(Import, new { doc = document, mode = "REPLACE", dryRun = true })).GetProperty("importNetwork");

        Assert.True(answer.GetProperty("dryRun").GetBoolean());
        Assert.Equal(before.GetProperty("version").GetInt64(), answer.GetProperty("version").GetInt64());
        Assert.Equal(Counts(0, 0, Count(stored, "people"), 0), Counts(answer, "people"));
        Assert.Equal(Counts(0, 0, Count(stored, "ties"), 0), Counts(answer, "ties"));
        Assert.Equal(Counts(0, 0, 0, Count(stored, "organizations")), Counts(answer, "organizations"));
        Assert.Equal(Counts(0, 0, 0, Count(stored, "activities")), Counts(answer, "activities"));
        Assert.Equal(Count(stored, "people") + Count(stored, "ties"), answer.GetProperty("deleted").GetInt32());
        var warning = Assert.Single(answer.GetProperty("warnings").EnumerateArray());
        Assert.Equal("MOST_OF_NETWORK_REMOVED", warning.GetProperty("code").GetString());
        Assert.Contains($"{Count(stored, "ties"):N0} of {Count(stored, "ties"):N0} ties (100%)", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task DryRun_InvalidDocument_IsRefusedWithTheSameProblemsAsARealImport()
    {
        var before = await ExportAsync();
        var document = new { format = "collective-impact-network/1", organizations = new object[] { new { id = "o-x", name = "X", sector = "SPACE" } } };

        var dry = await client.PostAsync(Import, new { doc = document, mode = "MERGE", dryRun = true });
        var real = await client.PostAsync(Import, new { doc = document, mode = "MERGE", dryRun = false });

        Assert.Equal(["INVALID_INPUT"], dry.ErrorCodes);
        Assert.Equal(real.Errors[0].GetProperty("extensions").ToString(), dry.Errors[0].GetProperty("extensions").ToString());
        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task Replace_RemovingMoreThanHalfOfTheNodes_IsWrittenWithAWarningAndExactlyHalfIsNot()
    {
        var original = await ExportAsync();
        try
        {
            await client.DataAsync(Import, new { doc = Goals(10), mode = "REPLACE", dryRun = false });

            var half = (await client.DataAsync(Import, new { doc = Goals(5), mode = "REPLACE", dryRun = true })).GetProperty("importNetwork");
            var most = (await client.DataAsync(Import, new { doc = Goals(4), mode = "REPLACE", dryRun = false })).GetProperty("importNetwork");

            Assert.Equal(0, half.GetProperty("warnings").GetArrayLength());
            Assert.False(most.GetProperty("dryRun").GetBoolean());
            Assert.Equal(Counts(0, 0, 6, 4), Counts(most, "goals"));
            var warning = Assert.Single(most.GetProperty("warnings").EnumerateArray());
            Assert.Equal("MOST_OF_NETWORK_REMOVED", warning.GetProperty("code").GetString());
            Assert.Contains("6 of 10 nodes (60%)", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(4, (await client.DataAsync("{ goals { totalCount } }")).Path("goals.totalCount").GetInt32());
        }
        finally
        {
            await client.DataAsync(Import, new { doc = original.GetProperty("document"), mode = "REPLACE", dryRun = false });
        }
    }

    private static JsonObject Goals(int count) => new()
    {
        ["format"] = "collective-impact-network/1",
        ["goals"] = new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject { ["id"] = $"g-{i}", ["name"] = $"Goal {i}" })]),
    };

    private async Task AssertUnchangedAsync(JsonElement before)
    {
        var after = await ExportAsync();
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        Assert.Equal(before.GetProperty("document").ToString(), after.GetProperty("document").ToString());
    }

    private static JsonObject Document(JsonElement export) => JsonNode.Parse(export.GetProperty("document").GetRawText())!.AsObject();

    private static int Count(JsonObject document, string list) => document[list]?.AsArray().Count ?? 0;

    private static (int Added, int Changed, int Removed, int Unchanged) Counts(int added, int changed, int removed, int unchanged) =>
        (added, changed, removed, unchanged);

    private static (int Added, int Changed, int Removed, int Unchanged) Counts(JsonElement answer, string kind)
    {
        var counts = answer.GetProperty("changes").GetProperty(kind);
        return (counts.GetProperty("added").GetInt32(), counts.GetProperty("changed").GetInt32(),
            counts.GetProperty("removed").GetInt32(), counts.GetProperty("unchanged").GetInt32());
    }

    private async Task<JsonElement> ExportAsync() =>
        (await client.DataAsync("{ exportNetwork { version document } }")).GetProperty("exportNetwork");
}
