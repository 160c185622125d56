using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Authorization;

/// <summary>Every write attempt lands in the audit log: who, which mutation, ids, counts, versions, and refusals.</summary>
public sealed class AuditMiddlewareTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string LatestEntry = """
        { auditLog(first: 1) { totalCount edges { node {
            actorKind actorId actorName actorRole operation outcome changes versionBefore versionAfter } } } }
        """;

    [Fact]
    public async Task CreatePerson_Succeeds_IsRecordedWithWhoWhatAndVersionsButNoContactData()
    {
        var client = factory.GraphQL();
        var write = await client.DataAsync("""
            mutation { createPerson(input: { id: "p-audit-1", name: "Ada Audit", email: "ada@audit.example", organization: "o-backbone" }) { version } }
            """);

        var entry = (await client.DataAsync(LatestEntry)).Path("auditLog.edges.0.node");
        var keyId = (await client.DataAsync("{ apiKeys { id name } }")).GetProperty("apiKeys").EnumerateArray()
            .Single(k => k.GetProperty("name").GetString() == "Test backbone").GetProperty("id").GetString();

        Assert.Equal("key", entry.GetProperty("actorKind").GetString());
        Assert.Equal(keyId, entry.GetProperty("actorId").GetString());
        Assert.Equal("backbone", entry.GetProperty("actorRole").GetString());
        Assert.Equal("createPerson", entry.GetProperty("operation").GetString());
        Assert.Equal("OK", entry.GetProperty("outcome").GetString());
        Assert.Equal("p-audit-1", entry.Path("changes.input.id").GetString());
        Assert.DoesNotContain("ada@audit.example", entry.ToString(), StringComparison.Ordinal);
        Assert.Equal(write.Path("createPerson.version").GetInt64(), entry.GetProperty("versionAfter").GetInt64());
        Assert.Equal(write.Path("createPerson.version").GetInt64() - 1, entry.GetProperty("versionBefore").GetInt64());
    }

    [Fact]
    public async Task ImportNetwork_Succeeds_RecordsCountsNotTheDocument()
    {
        var client = factory.GraphQL();
        var document = new { format = "collective-impact-network/1", goals = new[] { new { id = "g-audit", name = "Audited goal" } } };

        await client.DataAsync("mutation($d: JSON!) { importNetwork(document: $d) { version } }", new { d = document });
        var entry = (await client.DataAsync(LatestEntry)).Path("auditLog.edges.0.node");

        Assert.Equal("importNetwork", entry.GetProperty("operation").GetString());
        Assert.Equal("MERGE", entry.Path("changes.mode").GetString()?.ToUpperInvariant());
        Assert.Equal(1, entry.Path("changes.written.goals").GetInt32());
        Assert.False(entry.GetProperty("changes").TryGetProperty("document", out _));
    }

    [Fact]
    public async Task ImportNetwork_DryRun_IsRecordedAsADryRunWithTheVersionUnchanged()
    {
        var client = factory.GraphQL();
        var document = new { format = "collective-impact-network/1", goals = new[] { new { id = "g-audit-dry", name = "Not written" } } };

        await client.DataAsync("mutation($d: JSON!) { importNetwork(document: $d, dryRun: true) { version } }", new { d = document });
        var entry = (await client.DataAsync(LatestEntry)).Path("auditLog.edges.0.node");

        Assert.Equal("importNetwork", entry.GetProperty("operation").GetString());
        Assert.Equal("OK", entry.GetProperty("outcome").GetString());
        Assert.True(entry.Path("changes.dryRun").GetBoolean());
        Assert.Equal(1, entry.Path("changes.written.goals").GetInt32());
        Assert.Equal(entry.GetProperty("versionBefore").GetInt64(), entry.GetProperty("versionAfter").GetInt64());
    }

    [Fact]
    public async Task ImportNetwork_RefusedDryRun_IsRecordedAsADryRunWithItsErrorCode()
    {
        var client = factory.GraphQL();
        var document = new { format = "collective-impact-network/1", goals = new[] { new { id = "", name = "No id" } } };

        await client.PostAsync("mutation($d: JSON!) { importNetwork(document: $d, dryRun: true) { version } }", new { d = document });
        var entry = (await client.DataAsync(LatestEntry)).Path("auditLog.edges.0.node");

        Assert.Equal("INVALID_INPUT", entry.GetProperty("outcome").GetString());
        Assert.True(entry.Path("changes.dryRun").GetBoolean());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("versionAfter").ValueKind);
    }

    [Fact]
    public async Task RefusedWrite_IsRecordedWithItsErrorCodeAndNoVersionAfter()
    {
        var client = factory.GraphQL();

        var refused = await client.PostAsync("""mutation { deleteGoal(id: "g-none") { version } }""");
        var entry = (await client.DataAsync(LatestEntry)).Path("auditLog.edges.0.node");

        Assert.Equal(["NOT_FOUND"], refused.ErrorCodes);
        Assert.Equal("deleteGoal", entry.GetProperty("operation").GetString());
        Assert.Equal("NOT_FOUND", entry.GetProperty("outcome").GetString());
        Assert.Equal("g-none", entry.Path("changes.id").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("versionAfter").ValueKind);
    }

    [Fact]
    public async Task AuditLog_PagesNewestFirstWithCursors()
    {
        var client = factory.GraphQL();
        for (var i = 0; i < 3; i++)
        {
            await client.DataAsync($$"""mutation { createGoal(input: { id: "g-page-{{i}}", name: "Page {{i}}" }) { version } }""");
        }

        var first = await client.DataAsync("{ auditLog(first: 2) { edges { cursor node { changes } } pageInfo { hasNextPage endCursor } } }");
        var next = await client.DataAsync("query($after: String) { auditLog(first: 1, after: $after) { edges { node { changes } } } }",
            new { after = first.Path("auditLog.pageInfo.endCursor").GetString() });

        Assert.Equal("g-page-2", first.Path("auditLog.edges.0.node.changes.input.id").GetString());
        Assert.Equal("g-page-1", first.Path("auditLog.edges.1.node.changes.input.id").GetString());
        Assert.True(first.Path("auditLog.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal("g-page-0", next.Path("auditLog.edges.0.node.changes.input.id").GetString());
    }

    [Fact]
    public async Task AuditLog_AnyOtherRole_IsForbidden()
    {
        var response = await factory.GraphQLAs(factory.CreateKey(Roles.Evaluator, "Evaluation team")).PostAsync("{ auditLog { totalCount } }");

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }
}
