using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Neo4j;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Storage;
using CollectiveImpact.Graph.Store.Tests.Support;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// The storage contract against a real Neo4j: a <c>neo4j:5</c> container through Testcontainers when a Docker engine
/// answers, or the server at NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD). With neither, every test here is reported
/// SKIPPED ("no Docker engine and NEO4J_URI not set") by [RequiresNeo4j] with [StoreFact]/[StoreTheory].
/// Each test starts from an empty database; <see cref="ReopenAsync"/> opens a second store instance with its own
/// cache and HTTP clients, so what it reads was stored, not remembered.
/// </summary>
[RequiresNeo4j]
public sealed class Neo4jNetworkStoreTests : NetworkStoreContractTests, IClassFixture<Neo4jServerFixture>
{
    private readonly Neo4jServerFixture server;

    public Neo4jNetworkStoreTests(Neo4jServerFixture server) => this.server = server;

    protected override async Task<INetworkStore> CreateEmptyStoreAsync()
    {
        await server.WipeAsync();
        return await server.OpenStoreAsync();
    }

    protected override async Task<INetworkStore> ReopenAsync(INetworkStore store) => await server.OpenStoreAsync();

    protected override ISnapshotStore SnapshotsOf(INetworkStore store) => new Neo4jSnapshotStore((Neo4jNetworkStore)store);

    [StoreFact]
    public async Task Initialize_Twice_AppliesTheSchemaIdempotently()
    {
        var first = await CreateEmptyStoreAsync();
        await ((Neo4jNetworkStore)first).InitializeAsync();
        var second = (Neo4jNetworkStore)await ReopenAsync(first);

        await second.InitializeAsync();

        Assert.Equal(0, await second.GetVersionAsync());
    }

    [StoreFact]
    public async Task SecondInstance_SeesTheFirstsWritesAndValidatesAgainstThem()
    {
        var writer = await CreateEmptyStoreAsync();
        var other = await ReopenAsync(writer);
        await writer.WriteAsync(NetworkChange.Replace(Riverside));
        await other.ReadSnapshotAsync();
        await writer.WriteAsync(NetworkChange.Merge(Goals("g-safe")));

        // other's cache is at version 1; its write must be validated against version 2, where g-safe exists.
        var result = await other.WriteAsync(NetworkChange.Merge(Network.Empty with
        {
            Indicators = [new Indicator("i-safe", "Reported incidents", "g-safe")],
        }));

        Assert.Equal(3, result.Version);
        Assert.Contains((await writer.ReadSnapshotAsync()).Network.Indicators, i => i.Id == "i-safe");
    }

    [StoreFact]
    public async Task Write_IdOfAnotherKind_IsRefusedByTheSharedIdConstraint()
    {
        // The validator refuses this first; the :Node(id) uniqueness constraint is the second line of defence,
        // checked here by running the adapter's own upsert statement under the validator.
        var store = await CreateEmptyStoreAsync();
        await store.WriteAsync(NetworkChange.Replace(Riverside));
        var upsert = Query.Of(
            CypherCatalog.Embedded.Statement(CypherFiles.UpsertGoals),
            ("version", 2L),
            ("rows", new[] { Neo4jRows.Goal(new Goal("o-ed", "Clash"), 0) }));

        var error = await Assert.ThrowsAsync<Neo4jConstraintViolationException>(() => server.RunAsync(upsert));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
    }
}
