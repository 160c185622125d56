using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Neo4j;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// Reads mapped from typed JSON answers shaped as the read/ and list/ statements return them (node maps with labels,
/// DATE values, owned lists as [position, id] pairs in any order), into the domain records the port promises.
/// </summary>
public sealed class Neo4jNetworkStoreReadTests
{
    private const string Kindy = """
        {"$type": "Map", "_value": {
          "id": {"$type": "String", "_value": "a-kindy"}, "name": {"$type": "String", "_value": "Going to Kindy"},
          "labels": {"$type": "List", "_value": [{"$type": "String", "_value": "Node"}, {"$type": "String", "_value": "Activity"}]},
          "status": {"$type": "String", "_value": "ACTIVE"}, "start": {"$type": "Date", "_value": "2020-02-01"},
          "createdIn": {"$type": "Integer", "_value": "1"}, "position": {"$type": "Integer", "_value": "0"},
          "populations": {"$type": "List", "_value": [{"$type": "String", "_value": "children-3-5"}]},
          "lead": {"$type": "String", "_value": "o-ed"},
          "partners": {"$type": "List", "_value": [
            {"$type": "List", "_value": [{"$type": "Integer", "_value": "1"}, {"$type": "String", "_value": "o-church"}]},
            {"$type": "List", "_value": [{"$type": "Integer", "_value": "0"}, {"$type": "String", "_value": "o-health"}]}]},
          "indicators": {"$type": "List", "_value": []},
          "goal": {"$type": "Null", "_value": null}
        }}
        """;

    private const string Reading = """
        {"$type": "Map", "_value": {
          "id": {"$type": "String", "_value": "i-reading"}, "name": {"$type": "String", "_value": "Reading at grade level"},
          "labels": {"$type": "List", "_value": [{"$type": "String", "_value": "Indicator"}, {"$type": "String", "_value": "Node"}]},
          "direction": {"$type": "String", "_value": "DECREASE"}, "goal": {"$type": "String", "_value": "g-ready"},
          "baselineValue": {"$type": "Integer", "_value": "58"}, "baselineDate": {"$type": "Date", "_value": "2020-01-01"}
        }}
        """;

    [Fact]
    public async Task GetNodes_MapsEachKindAndKeepsTheAskedOrder()
    {
        var scripted = new ScriptedNeo4j();
        scripted.Answers[CypherFiles.NodesById] = _ => RecordingHandler.Json(
            $$"""{"data": {"fields": ["node"], "values": [[{{Kindy}}], [{{Reading}}]]}, "bookmarks": []}""");
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));

        var nodes = await host.Store.GetNodesAsync(["i-reading", "nope", "a-kindy", "i-reading"]);

        Assert.Equal(["i-reading", "a-kindy"], nodes.Select(n => n.Id));
        var reading = Assert.IsType<Indicator>(nodes[0]);
        Assert.Equal(new Indicator("i-reading", "Reading at grade level", "g-ready", null, Direction.Decrease, new DatedValue(58, new DateOnly(2020, 1, 1))), reading);
        var kindy = Assert.IsType<Activity>(nodes[1]);
        Assert.Equal(("o-ed", ActivityStatus.Active, new DateOnly(2020, 2, 1), (DateOnly?)null), (kindy.Lead, kindy.Status!.Value, kindy.Start!.Value, kindy.End));
        Assert.Equal(["o-health", "o-church"], kindy.Partners);
        Assert.Equal(["children-3-5"], kindy.Populations);
        Assert.Empty(kindy.Places);
        var sent = host.Handler.Requests.Single(r => ScriptedNeo4j.FileOf(r.Statement) == CypherFiles.NodesById);
        Assert.Equal("""{"ids":["i-reading","nope","a-kindy"]}""", sent.ParametersJson);
    }

    [Fact]
    public async Task GetNodes_NoIds_AsksNothing()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(new ScriptedNeo4j().Respond));

        var nodes = await host.Store.GetNodesAsync([]);

        Assert.Empty(nodes);
        Assert.DoesNotContain(host.Handler.Requests, r => ScriptedNeo4j.FileOf(r.Statement) == CypherFiles.NodesById);
    }

    [Fact]
    public async Task ListTies_SendsTheCursorAsKeyPartsAndMapsThePage()
    {
        var scripted = new ScriptedNeo4j();
        const string tie = """
            {"$type": "Map", "_value": {"from": {"$type": "String", "_value": "o-health"}, "to": {"$type": "String", "_value": "o-ed"},
              "type": {"$type": "String", "_value": "COLLABORATES"}, "weight": {"$type": "Float", "_value": "3.0"},
              "since": {"$type": "Date", "_value": "2020-01-01"}, "until": {"$type": "Null", "_value": null},
              "keyFrom": {"$type": "String", "_value": "o-ed"}, "keyTo": {"$type": "String", "_value": "o-health"}}}
            """;
        scripted.Answers[CypherFiles.ListTies] = _ => RecordingHandler.Json(ScriptedNeo4j.Page(5, $"[{tie}, {tie}]"));
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));

        var page = await host.Store.ListTiesAsync(
            new TieFilter([TieType.Collaborates], null), new PageRequest(1, PageKeys.OfTie(new TieKey("a", "b", TieType.SharesData))));

        Assert.Equal([new Tie("o-health", "o-ed", TieType.Collaborates, 3, new DateOnly(2020, 1, 1))], page.Items);
        Assert.True(page.HasNextPage);
        Assert.Equal(5, page.TotalCount);
        var sent = host.Handler.Requests.Single(r => ScriptedNeo4j.FileOf(r.Statement) == CypherFiles.ListTies);
        Assert.Equal(
            """{"types":["COLLABORATES"],"nodes":null,"afterFrom":"a","afterTo":"b","afterType":"SHARES_DATA","limit":2}""",
            sent.ParametersJson);
    }

    [Fact]
    public async Task ListTies_CursorThatIsNoTieKey_IsRejectedNamingAfter()
    {
        using var host = new Neo4jTestHost(new RecordingHandler(new ScriptedNeo4j().Respond));

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Store.ListTiesAsync(TieFilter.None, new PageRequest(1, "o-ed")));

        Assert.Equal("after", error.ParamName);
    }

    [Fact]
    public async Task ListOrganizations_EmptyListFilterIsSentAsEmptyAndNullAsNoCriterion()
    {
        var scripted = new ScriptedNeo4j();
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));

        await host.Store.ListOrganizationsAsync(new OrganizationFilter(Sectors: [], CommunityLed: false), new PageRequest(0));

        var sent = host.Handler.Requests.Single(r => ScriptedNeo4j.FileOf(r.Statement) == CypherFiles.ListOrganizations);
        Assert.Equal(
            """{"sectors":[],"goals":null,"communityLed":false,"nameContains":null,"after":null,"limit":1}""",
            sent.ParametersJson);
    }
}
