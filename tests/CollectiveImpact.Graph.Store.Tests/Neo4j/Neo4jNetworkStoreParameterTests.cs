using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Neo4j;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// Every statement the store sends is exactly one of the <c>cypher/</c> files' statements, whatever the input: every
/// read and write is run with ids built to break out of a Cypher string literal, and each request's statement must be
/// a catalog statement, free of the input, with the input in its parameters, every parameter declared by its file.
/// </summary>
public sealed class Neo4jNetworkStoreParameterTests
{
    private const string Hostile = "x'}) DETACH DELETE n //";
    private const string Hostile2 = "y\"}) MATCH (m) SET m.pwned = true RETURN m //";
    private const string HostileOrg = "o-$ids`) CALL db.clearQueryCaches() //";

    private static readonly Network HostileNetwork = Network.Empty with
    {
        Initiative = new Initiative("init-' OR 1=1 //", "Initiative ' } ) //", HostileOrg),
        Goals = [new Goal(Hostile, "Goal ' } ) DETACH DELETE n //", "description $version")],
        Indicators = [new Indicator(Hostile2, "Indicator", Hostile, "%' //")],
        Organizations =
        [
            new Organization(HostileOrg, "Org `x`", Sector.Community, true, [Hostile]),
            new Organization("o-2'}", "Other", Goals: [Hostile]),
        ],
        People = [new Person("p-'//", "Person ') //", HostileOrg, "Role $rows", "e'@x.org")],
        Activities = [new Activity("a-'})//", "Activity", HostileOrg, ["o-2'}"], [Hostile2], ["pop'}"], ["place//"])],
        Measurements = [new Measurement(Hostile2, new DateOnly(2022, 6, 30), 1.5, HostileOrg)],
        Ties = [new Tie(HostileOrg, "o-2'}", TieType.Collaborates, 2), new Tie("p-'//", "p-'//x", TieType.Communicates)],
    };

    [Fact]
    public async Task EveryOperation_WithHostileInput_SendsOnlyCatalogStatementsWithTheInputInParameters()
    {
        var scripted = new ScriptedNeo4j();
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));
        var store = host.Store;
        var network = HostileNetwork with { People = [.. HostileNetwork.People, new Person("p-'//x", "Second")] };

        await store.WriteAsync(NetworkChange.Replace(network));
        await store.WriteAsync(new NetworkChange(
            Network.Empty with { Goals = [new Goal(Hostile + "2", "Another")] },
            DeleteTies: [new TieKey("o-2'}", HostileOrg, TieType.Collaborates)],
            DeleteMeasurements: [new MeasurementKey(Hostile2, new DateOnly(2022, 6, 30))],
            MustBeNew: [Hostile + "2"]));
        await store.WriteAsync(new NetworkChange(Network.Empty, DeleteNodes: ["p-'//x"]));
        await store.GetNodesAsync([Hostile, Hostile2, HostileOrg]);
        await store.GetInitiativeAsync();
        await store.ListGoalsAsync(new GoalFilter(Hostile), new PageRequest(2, Hostile));
        await store.ListIndicatorsAsync(new IndicatorFilter([Hostile], Hostile2), new PageRequest(1, Hostile2));
        await store.ListOrganizationsAsync(new OrganizationFilter([Sector.Community], [Hostile], true, HostileOrg), new PageRequest(1, HostileOrg));
        await store.ListPeopleAsync(new PersonFilter([HostileOrg], Hostile), PageRequest.All);
        await store.ListActivitiesAsync(new ActivityFilter([Hostile], [Hostile2], [ActivityStatus.Active], [HostileOrg], Hostile), new PageRequest(3, Hostile));
        await store.ListTiesAsync(new TieFilter([TieType.Funds], [Hostile]), new PageRequest(1, PageKeys.OfTie(new TieKey(Hostile, HostileOrg, TieType.Refers))));
        await store.ListMeasurementsAsync([Hostile2]);
        await store.GetVersionAsync();
        await SnapshotOperationsAsync(scripted, store, Hostile);

        var catalogStatements = CypherCatalog.Embedded.Files.SelectMany(f => f.Statements).ToDictionary(s => s.Text, StringComparer.Ordinal);
        var withStatements = host.Handler.Requests.Where(r => r.Statement is not null).ToList();
        Assert.NotEmpty(withStatements);
        Assert.All(withStatements, request =>
        {
            Assert.True(catalogStatements.TryGetValue(request.Statement!, out var statement), $"Not a cypher/ statement: {request.Statement}");
            foreach (var fragment in new[] { "DETACH DELETE n //", "pwned", "clearQueryCaches", "OR 1=1", "o-2'}", "p-'//" })
            {
                Assert.DoesNotContain(fragment, request.Statement!, StringComparison.Ordinal);
            }

            Assert.All(request.ParameterNames, name => Assert.Contains(name, statement!.DeclaredParameters));
            Assert.Equal(statement!.DeclaredParameters.Order(StringComparer.Ordinal), request.ParameterNames.Order(StringComparer.Ordinal));
        });

        var allParameters = string.Join('\n', withStatements.Select(r => r.ParametersJson));
        foreach (var input in new[] { Hostile, Hostile2, HostileOrg, "p-'//x", "init-' OR 1=1 //", SnapshotNames.Key(Hostile) })
        {
            Assert.Contains(System.Text.Json.JsonSerializer.Serialize(input), allParameters, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryCatalogStatementTheStoreUses_IsSentByTheOperationsAbove()
    {
        // Guards the test above: the operations it runs reach every read, list and write statement.
        var scripted = new ScriptedNeo4j();
        using var host = new Neo4jTestHost(new RecordingHandler(scripted.Respond));
        await host.Store.WriteAsync(NetworkChange.Replace(HostileNetwork with { People = [.. HostileNetwork.People, new Person("p-'//x", "Second")] }));
        await host.Store.WriteAsync(new NetworkChange(
            Network.Empty,
            DeleteTies: [new TieKey("o-2'}", HostileOrg, TieType.Collaborates)],
            DeleteMeasurements: [new MeasurementKey(Hostile2, new DateOnly(2022, 6, 30))],
            DeleteNodes: ["p-'//x"]));
        await host.Store.GetNodesAsync([Hostile]);
        await host.Store.GetInitiativeAsync();
        await host.Store.ListGoalsAsync(GoalFilter.None, PageRequest.All);
        await host.Store.ListIndicatorsAsync(IndicatorFilter.None, PageRequest.All);
        await host.Store.ListOrganizationsAsync(OrganizationFilter.None, PageRequest.All);
        await host.Store.ListPeopleAsync(PersonFilter.None, PageRequest.All);
        await host.Store.ListActivitiesAsync(ActivityFilter.None, PageRequest.All);
        await host.Store.ListTiesAsync(TieFilter.None, PageRequest.All);
        await host.Store.ListMeasurementsAsync([Hostile2]);
        await host.Store.GetVersionAsync();
        await SnapshotOperationsAsync(scripted, host.Store, "Baseline");

        var sent = host.Handler.Requests.Select(r => ScriptedNeo4j.FileOf(r.Statement)).ToHashSet();
        var used = typeof(CypherFiles).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        Assert.All(used, file => Assert.Contains(file, sent));
    }

    /// <summary>Save, list, read and delete a snapshot named <paramref name="name"/>, the server answering "saved" and "deleted one".</summary>
    private static async Task SnapshotOperationsAsync(ScriptedNeo4j scripted, Neo4jNetworkStore store, string name)
    {
        scripted.Answers[CypherFiles.SaveSnapshot] = _ => RecordingHandler.Json(
            """{"data": {"fields": ["taken", "stored"], "values": [[{"$type": "Boolean", "_value": false}, {"$type": "Integer", "_value": "0"}]]}, "bookmarks": []}""");
        scripted.Answers[CypherFiles.DeleteSnapshot] = _ => RecordingHandler.Json(QueryApiPayloads.Integer("deleted", 1));
        var snapshots = new Neo4jSnapshotStore(store);
        var document = "{}"u8.ToArray();
        var info = new SnapshotInfo(name, DateTimeOffset.UnixEpoch, name, 1, Network.Empty.Counts, document.Length, 0, SnapshotCodec.Hash(document));

        Assert.Equal(SnapshotSaveOutcome.Saved, await snapshots.SaveAsync(info, document, maxCount: 5));
        Assert.Empty(await snapshots.ListAsync());
        Assert.Null(await snapshots.ReadAsync(name));
        Assert.True(await snapshots.DeleteAsync(name));
    }
}
