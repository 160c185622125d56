using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// Snapshots through the API (issue 15): taken, listed, exported byte for byte as exportNetwork gave them, deleted;
/// names checked; the backbone alone may take, export or delete one; every attempt audited; limits and the
/// optional snapshot before a REPLACE import from configuration.
/// </summary>
public sealed class SnapshotFieldsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Export = "{ exportNetwork { version document } }";

    private const string Latest = "{ auditLog(first: 1) { edges { node { actorName operation outcome changes versionBefore versionAfter } } } }";

    [Fact]
    public async Task CreateSnapshot_ThenTheNetworkChanges_ExportsExactlyWhatExportNetworkGaveWhenItWasTaken()
    {
        var client = factory.GraphQL();
        var before = (await client.DataAsync(Export)).GetProperty("exportNetwork");

        var created = (await client.DataAsync("""mutation { createSnapshot(name: "Baseline export") { name networkVersion documentBytes storedBytes } }""")).GetProperty("createSnapshot");
        await client.DataAsync("""mutation { createGoal(input: { id: "g-after-snapshot", name: "Written after the snapshot" }) { version } }""");
        var exported = (await client.DataAsync("""{ exportSnapshot(name: "baseline EXPORT") { version document } }""")).GetProperty("exportSnapshot");

        Assert.Equal(before.GetProperty("version").GetInt64(), created.GetProperty("networkVersion").GetInt64());
        Assert.Equal(before.GetProperty("version").GetInt64(), exported.GetProperty("version").GetInt64());
        Assert.Equal(before.GetProperty("document").GetRawText(), exported.GetProperty("document").GetRawText());
        Assert.DoesNotContain("g-after-snapshot", exported.GetProperty("document").GetRawText(), StringComparison.Ordinal);
        Assert.InRange(created.GetProperty("storedBytes").GetInt64(), 1, created.GetProperty("documentBytes").GetInt64() - 1);
    }

    [Fact]
    public async Task Snapshots_ListsNameWhenWhoVersionAndCounts()
    {
        var client = factory.GraphQL();
        var version = (await client.DataAsync("{ networkVersion }")).GetProperty("networkVersion").GetInt64();
        var organizations = (await client.DataAsync("{ organizations { totalCount } }")).Path("organizations.totalCount").GetInt32();

        await client.DataAsync("""mutation { createSnapshot(name: "Listed 2024") { name } }""");
        var listed = (await client.DataAsync("{ snapshots { name createdAt createdBy networkVersion counts { organizations } sha256 } }"))
            .GetProperty("snapshots").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Listed 2024");

        Assert.Equal("Test backbone", listed.GetProperty("createdBy").GetString());
        Assert.Equal(version, listed.GetProperty("networkVersion").GetInt64());
        Assert.Equal(organizations, listed.Path("counts.organizations").GetInt32());
        Assert.Equal(64, listed.GetProperty("sha256").GetString()!.Length);
        Assert.InRange(listed.GetProperty("createdAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" leading space")]
    [InlineData("quote \\\" inside")]
    [InlineData("Ninety characters are more than the eighty a snapshot's name may hold, so this is refused")]
    public async Task CreateSnapshot_BadName_IsInvalidArgumentAndStoresNothing(string name)
    {
        var client = factory.GraphQL();

        await client.AssertInvalidArgumentAsync($$"""mutation { createSnapshot(name: "{{name}}") { name } }""", "name");
    }

    [Fact]
    public async Task CreateSnapshot_NameTakenIgnoringCase_IsInvalidArgumentNamingIt()
    {
        var client = factory.GraphQL();
        await client.DataAsync("""mutation { createSnapshot(name: "Twice") { name } }""");

        var response = await client.PostAsync("""mutation { createSnapshot(name: "TWICE") { name } }""");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("'TWICE' exists already", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteSnapshot_AnswersWhatItWasThenItIsGone()
    {
        var client = factory.GraphQL();
        await client.DataAsync("""mutation { createSnapshot(name: "Short-lived") { name } }""");

        var deleted = await client.DataAsync("""mutation { deleteSnapshot(name: "short-lived") { name } }""");
        var exportAgain = await client.PostAsync("""{ exportSnapshot(name: "Short-lived") { version } }""");
        var deleteAgain = await client.PostAsync("""mutation { deleteSnapshot(name: "Short-lived") { name } }""");

        Assert.Equal("Short-lived", deleted.Path("deleteSnapshot.name").GetString());
        Assert.Equal(["NOT_FOUND"], exportAgain.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], deleteAgain.ErrorCodes);
    }

    [Theory]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.Dashboard)]
    [InlineData(Roles.Partner)]
    public async Task CreateExportDelete_AnyRoleButTheBackbone_IsForbiddenAndTakesNothing(string role)
    {
        var other = factory.GraphQLAs(factory.CreateKey(role, $"Snapshot {role}", role == Roles.Partner ? "o-backbone" : null));
        await factory.GraphQL().DataAsync($$"""mutation { createSnapshot(name: "Kept from {{role}}") { name } }""");

        var create = await other.PostAsync($$"""mutation { createSnapshot(name: "By {{role}}") { name } }""");
        var export = await other.PostAsync($$"""{ exportSnapshot(name: "Kept from {{role}}") { version } }""");
        var delete = await other.PostAsync($$"""mutation { deleteSnapshot(name: "Kept from {{role}}") { name } }""");
        var createdBy = await other.PostAsync("{ snapshots { name createdBy } }");
        var names = await other.DataAsync("{ snapshots { name networkVersion } }");

        // Each refused field is its own FORBIDDEN error (the root field and the backbone-only fields under it).
        Assert.All(new[] { create, export, delete, createdBy }, response =>
        {
            Assert.NotEmpty(response.ErrorCodes);
            Assert.All(response.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));
        });
        var listed = names.GetProperty("snapshots").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains($"Kept from {role}", listed);
        Assert.DoesNotContain($"By {role}", listed);
    }

    [Fact]
    public async Task CreateAndDeleteSnapshot_AreAuditedWithTheNameAndRefusalsWithTheirCode()
    {
        var client = factory.GraphQL();
        await client.DataAsync("""mutation { createSnapshot(name: "Audited") { name } }""");
        var created = (await client.DataAsync(Latest)).Path("auditLog.edges.0.node");
        await client.PostAsync("""mutation { createSnapshot(name: "audited") { name } }""");
        var refused = (await client.DataAsync(Latest)).Path("auditLog.edges.0.node");
        await client.DataAsync("""mutation { deleteSnapshot(name: "Audited") { name } }""");
        var deleted = (await client.DataAsync(Latest)).Path("auditLog.edges.0.node");

        Assert.Equal(("createSnapshot", "OK", "Audited", "Audited"), (
            created.GetProperty("operation").GetString(), created.GetProperty("outcome").GetString(),
            created.Path("changes.name").GetString(), created.Path("changes.snapshot").GetString()));
        Assert.Equal("Test backbone", created.GetProperty("actorName").GetString());
        Assert.Equal(created.GetProperty("versionBefore").GetInt64(), created.GetProperty("versionAfter").GetInt64());
        Assert.Equal(("createSnapshot", "INVALID_ARGUMENT"), (refused.GetProperty("operation").GetString(), refused.GetProperty("outcome").GetString()));
        Assert.Equal(("deleteSnapshot", "OK", "Audited"), (
            deleted.GetProperty("operation").GetString(), deleted.GetProperty("outcome").GetString(), deleted.Path("changes.snapshot").GetString()));
    }

    [Fact]
    public async Task CreateSnapshot_BeyondSnapshotsMaxCount_IsRefusedUntilOneIsDeleted()
    {
        using var host = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Snapshots:MaxCount"] = "2" });
        var client = host.GraphQL();
        await client.DataAsync("""mutation { createSnapshot(name: "One") { name } }""");
        await client.DataAsync("""mutation { createSnapshot(name: "Two") { name } }""");

        var third = await client.PostAsync("""mutation { createSnapshot(name: "Three") { name } }""");
        await client.DataAsync("""mutation { deleteSnapshot(name: "One") { name } }""");
        var afterDelete = await client.DataAsync("""mutation { createSnapshot(name: "Three") { name } }""");

        Assert.Equal(["INVALID_ARGUMENT"], third.ErrorCodes);
        Assert.Contains("Snapshots:MaxCount", third.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Three", afterDelete.Path("createSnapshot.name").GetString());
    }

    [Fact]
    public async Task ReplaceImport_WithBeforeReplaceImportOn_KeepsTheReplacedNetworkAsASnapshot()
    {
        using var host = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Snapshots:BeforeReplaceImport"] = "true" });
        var client = host.GraphQL();
        var before = (await client.DataAsync(Export)).GetProperty("exportNetwork");
        var document = new { format = "collective-impact-network/1", goals = new[] { new { id = "g-only", name = "The only goal" } } };

        await client.DataAsync("mutation($d: JSON!) { importNetwork(document: $d, mode: REPLACE, dryRun: true) { version } }", new { d = document });
        await client.DataAsync("mutation($d: JSON!) { importNetwork(document: $d, mode: MERGE) { version } }", new { d = document });
        var afterOthers = (await client.DataAsync("{ snapshots { name } }")).GetProperty("snapshots").GetArrayLength();
        var beforeReplace = (await client.DataAsync(Export)).GetProperty("exportNetwork");
        await client.DataAsync("mutation($d: JSON!) { importNetwork(document: $d, mode: REPLACE) { version } }", new { d = document });
        var snapshot = Assert.Single((await client.DataAsync("{ snapshots { name createdBy networkVersion } }")).GetProperty("snapshots").EnumerateArray());
        var name = snapshot.GetProperty("name").GetString()!;
        var exported = (await client.DataAsync("query($n: String!) { exportSnapshot(name: $n) { document } }", new { n = name })).GetProperty("exportSnapshot");

        Assert.Equal(0, afterOthers);
        Assert.StartsWith("Before REPLACE import ", name, StringComparison.Ordinal);
        Assert.Equal("Test backbone (automatic, before a REPLACE import)", snapshot.GetProperty("createdBy").GetString());
        Assert.Equal(beforeReplace.GetProperty("version").GetInt64(), snapshot.GetProperty("networkVersion").GetInt64());
        Assert.Equal(beforeReplace.GetProperty("document").GetRawText(), exported.GetProperty("document").GetRawText());
        Assert.NotEqual(before.GetProperty("version").GetInt64(), beforeReplace.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task ReplaceImport_ByDefault_TakesNoSnapshot()
    {
        using var host = new ConfiguredApiFactory(new Dictionary<string, string?>());
        var client = host.GraphQL();
        var document = new { format = "collective-impact-network/1", goals = new[] { new { id = "g-only", name = "The only goal" } } };

        await client.DataAsync("mutation($d: JSON!) { importNetwork(document: $d, mode: REPLACE) { version } }", new { d = document });

        Assert.Equal(0, (await client.DataAsync("{ snapshots { name } }")).GetProperty("snapshots").GetArrayLength());
    }

    [Fact]
    public async Task OrganizationAndPerson_SinceAndUntil_AreWrittenAndReadThroughTheApi()
    {
        var client = factory.GraphQL();

        await client.DataAsync("""mutation { createOrganization(input: { id: "o-dated", name: "Dated partner", since: "2021-01-01", until: "2024-06-30" }) { version } }""");
        await client.DataAsync("""mutation { createPerson(input: { id: "p-dated", name: "Dated person", organization: "o-dated", since: "2022-03-01" }) { version } }""");
        var read = await client.DataAsync("""{ nodes(ids: ["o-dated", "p-dated"]) { ... on Organization { since until } ... on Person { since until } } }""");
        var refused = await client.PostAsync("""mutation { createOrganization(input: { id: "o-backwards", name: "Backwards", since: "2024-01-01", until: "2023-12-31" }) { version } }""");

        Assert.Equal("2021-01-01", read.Path("nodes.0.since").GetString());
        Assert.Equal("2024-06-30", read.Path("nodes.0.until").GetString());
        Assert.Equal("2022-03-01", read.Path("nodes.1.since").GetString());
        Assert.Equal(JsonValueKind.Null, read.Path("nodes.1.until").ValueKind);
        Assert.Equal(["INVALID_INPUT"], refused.ErrorCodes);
        Assert.Contains("input.until", refused.Body.GetRawText(), StringComparison.Ordinal);
    }
}
