using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Support;
using CollectiveImpact.Graph.Store.Validation;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Storage;

/// <summary>
/// The storage contract: what every <see cref="INetworkStore"/> must do, whatever keeps the data. An adapter's test
/// class derives from this and says how to make an empty store and how to open a second one over the same data.
/// Tests are [StoreFact]/[StoreTheory]: plain [Fact]/[Theory] for an embedded store, SKIPPED with a reason for a
/// server-backed one (a class marked [RequiresNeo4j]) when no server can be had.
/// </summary>
/// <remarks>
/// Expected values come from two places: <see cref="TestNetworks.Riverside"/>, written by hand, whose filter and
/// page results are listed here by id; and <see cref="NetworkChangeApplier.Apply"/>, the reference semantics of a
/// write, which a store must match entry for entry. Reading back through <see cref="ReopenAsync"/> proves what was
/// stored, not what an instance remembers.
/// </remarks>
public abstract partial class NetworkStoreContractTests
{
    /// <summary>A store with nothing in it, not shared with any other test.</summary>
    protected abstract Task<INetworkStore> CreateEmptyStoreAsync();

    /// <summary>A second store over the same data as <paramref name="store"/>, sharing no memory with it.</summary>
    protected abstract Task<INetworkStore> ReopenAsync(INetworkStore store);

    [StoreFact]
    public async Task EmptyStore_HasVersionZeroEmptySnapshotAndNoInitiative()
    {
        var store = await CreateEmptyStoreAsync();

        var version = await store.GetVersionAsync();
        var snapshot = await store.ReadSnapshotAsync();
        var initiative = await store.GetInitiativeAsync();

        Assert.Equal(0, version);
        Assert.Equal(0, snapshot.Version);
        NetworkAssert.Equal(Network.Empty, snapshot.Network);
        Assert.Null(initiative);
        Assert.Empty((await store.ListGoalsAsync(GoalFilter.None, PageRequest.All)).Items);
        Assert.Empty((await store.ListTiesAsync(TieFilter.None, PageRequest.All)).Items);
    }

    [StoreFact]
    public async Task Replace_ThenReadSnapshot_ReturnsExactlyWhatWasWritten()
    {
        var store = await CreateEmptyStoreAsync();

        var result = await store.WriteAsync(NetworkChange.Replace(Riverside));
        var snapshot = await store.ReadSnapshotAsync();
        var reopened = await (await ReopenAsync(store)).ReadSnapshotAsync();

        Assert.Equal(new WriteResult(1, Riverside.Counts, 0), result);
        Assert.Equal(1, snapshot.Version);
        NetworkAssert.Equal(Riverside, snapshot.Network);
        Assert.Equal(1, reopened.Version);
        NetworkAssert.Equal(Riverside, reopened.Network);
    }

    [StoreFact]
    public async Task Replace_OverAStoredNetwork_LeavesOnlyTheNewOneAndCountsWhatWasRemoved()
    {
        var store = await StoreWithAsync(Riverside);
        var smaller = Goals("g-ready", "g-new");

        var result = await store.WriteAsync(NetworkChange.Replace(smaller));
        var reopened = await (await ReopenAsync(store)).ReadSnapshotAsync();

        // Everything but g-ready is gone: 22 nodes (initiative included) minus g-ready, 10 ties, 5 measurements.
        Assert.Equal(new WriteResult(2, smaller.Counts, 21 + 10 + 5), result);
        NetworkAssert.Equal(smaller, reopened.Network);
        Assert.Null(await store.GetInitiativeAsync());
    }

    [StoreFact]
    public async Task GetInitiative_AfterReplace_ReturnsTheInitiative()
    {
        var store = await StoreWithAsync(Riverside);

        var initiative = await store.GetInitiativeAsync();

        Assert.Equal(Riverside.Initiative, initiative);
    }

    public static TheoryData<string> MergeCaseNames => new(MergeCases.Keys);

    [StoreTheory]
    [MemberData(nameof(MergeCaseNames))]
    public async Task Merge_MatchesTheReferenceApplier(string caseName)
    {
        var (change, expectedDeleted) = MergeCases[caseName];
        var store = await StoreWithAsync(Riverside);
        var expected = NetworkChangeApplier.Apply(Riverside, change);

        var result = await store.WriteAsync(change);
        var snapshot = await store.ReadSnapshotAsync();
        var reopened = await ReopenAsync(store);
        var stored = await reopened.ReadSnapshotAsync();

        Assert.Equal(new WriteResult(2, change.Upserts.Counts, expectedDeleted), result);
        NetworkAssert.Equal(expected, snapshot.Network);
        Assert.Equal(2, stored.Version);
        NetworkAssert.Equal(expected, stored.Network);
        await AssertListsHoldAsync(reopened, expected);
    }

    /// <summary>Named changes to <see cref="TestNetworks.Riverside"/>, with how many entries each removes (cascades included).</summary>
    private static Dictionary<string, (NetworkChange Change, int Deleted)> MergeCases { get; } = new()
    {
        ["updates in place keep position and replace owned lists"] = (NetworkChange.Merge(Network.Empty with
        {
            Goals = [new Goal("g-health", "Healthy, connected families", "Renamed.")],
            Indicators = [new Indicator("i-reading", "Reading at grade level", "g-ready", "%", Baseline: new DatedValue(58, D("2020-01-01")))],
            Measurements = [new Measurement("i-kindy", D("2021-06-30"), 76, "o-health")],
            Organizations = [new Organization("o-ed", "Dept of Education", Sector.Education, false, ["g-health", "g-ready"])],
            People = [new Person("p-dee", "Dee Okafor", "o-biz", "Owner")],
            Activities = [new Activity("a-kindy", "Going to Kindy", "o-ed", ["o-church", "o-health"], ["i-reading"], ["children-3-5"])],
            Ties = [new Tie("o-backbone", "a-kindy", TieType.Funds, 60000, D("2020-01-01"))],
        }), 0),
        ["new entries are appended"] = (NetworkChange.Merge(Network.Empty with
        {
            Goals = [new Goal("g-safe", "Safe streets")],
            Indicators = [new Indicator("i-safe", "Reported incidents", "g-safe", Direction: Direction.Decrease)],
            Measurements = [new Measurement("i-safe", D("2023-01-31"), 12, "o-police"), new Measurement("i-kindy", D("2023-06-30"), 81)],
            Organizations = [new Organization("o-police", "Riverside Police", Sector.Government, false, ["g-safe"])],
            People = [new Person("p-eve", "Eve Stone", "o-police")],
            Activities = [new Activity("a-patrol", "Walking patrols", "o-police", ["o-church"], ["i-safe"], Status: ActivityStatus.Planned)],
            Ties = [new Tie("o-police", "o-church", TieType.Collaborates), new Tie("o-police", "a-patrol", TieType.Funds, 900)],
        }), 0),
        ["undirected tie given with reversed ends replaces the stored one"] = (NetworkChange.Merge(Network.Empty with
        {
            Ties = [new Tie("o-health", "o-ed", TieType.Collaborates, 5), new Tie("p-ann", "p-cy", TieType.Communicates, 4)],
        }), 0),
        ["initiative is replaced"] = (NetworkChange.Merge(Network.Empty with
        {
            Initiative = new Initiative("riverside", "Riverside Together 2030", "o-health"),
        }), 0),
        ["deleting an organization takes its ties"] = (new NetworkChange(Network.Empty, DeleteNodes: ["o-biz"]), 2),
        ["deleting an indicator takes its measurements"] = (new NetworkChange(
            Network.Empty with { Activities = [new Activity("a-jobs", "Jobs pathway", "o-youth", Status: ActivityStatus.Completed)] },
            DeleteNodes: ["i-employ"]), 2),
        ["deleting a goal with its referrers changed in the same write"] = (new NetworkChange(
            Network.Empty with
            {
                Organizations =
                [
                    new Organization("o-backbone", "Riverside Backbone Team", Sector.Nonprofit, false, ["g-health", "g-ready"]),
                    new Organization("o-youth", "Youth Voice", Sector.Community, true),
                ],
                Activities = [new Activity("a-jobs", "Jobs pathway", "o-youth")],
            },
            DeleteNodes: ["g-jobs", "i-employ"]), 3),
        ["deleting a person and an activity takes their ties"] = (new NetworkChange(Network.Empty, DeleteNodes: ["p-cy", "a-hub"]), 4),
        ["ties deleted by reversed or directed keys, and a measurement"] = (new NetworkChange(
            Network.Empty,
            DeleteTies: [new TieKey("p-cy", "p-ann", TieType.Communicates), new TieKey("o-health", "o-ed", TieType.Refers)],
            DeleteMeasurements: [new MeasurementKey("i-kindy", D("2021-06-30"))]), 3),
    };

    [StoreFact]
    public async Task Write_InvalidChange_ThrowsWithItsProblemsAndChangesNothing()
    {
        var store = await StoreWithAsync(Riverside);
        var change = NetworkChange.Merge(Network.Empty with
        {
            Goals = [new Goal("g-new", "A goal that must not land")],
            Indicators = [new Indicator("i-x", "Orphan", "g-nowhere")],
            Ties = [new Tie("o-ed", "o-nowhere", TieType.Collaborates)],
        });

        var error = await Assert.ThrowsAsync<NetworkValidationException>(() => store.WriteAsync(change));

        Assert.Contains(error.Problems, p => p.Path.StartsWith("$.indicators[0]", StringComparison.Ordinal) && p.Message.Contains("g-nowhere"));
        Assert.Contains(error.Problems, p => p.Path.StartsWith("$.ties[0]", StringComparison.Ordinal) && p.Message.Contains("o-nowhere"));
        Assert.Equal(1, await store.GetVersionAsync());
        NetworkAssert.Equal(Riverside, (await store.ReadSnapshotAsync()).Network);
        var reopened = await (await ReopenAsync(store)).ReadSnapshotAsync();
        Assert.Equal(1, reopened.Version);
        NetworkAssert.Equal(Riverside, reopened.Network);
    }

    [StoreFact]
    public async Task Write_DeletingSomethingStillReferenced_IsRefusedAndChangesNothing()
    {
        var store = await StoreWithAsync(Riverside);

        // o-ed leads a-kindy and is a person's organization: deleting it alone would leave dangling references.
        var error = await Assert.ThrowsAsync<NetworkValidationException>(
            () => store.WriteAsync(new NetworkChange(Network.Empty, DeleteNodes: ["o-ed"])));

        Assert.Contains(error.Problems, p => p.Path.StartsWith("$.delete.nodes[0]", StringComparison.Ordinal));
        Assert.Equal(1, await store.GetVersionAsync());
        NetworkAssert.Equal(Riverside, (await (await ReopenAsync(store)).ReadSnapshotAsync()).Network);
    }

    [StoreFact]
    public async Task Write_EachWrite_BumpsTheVersionByExactlyOne()
    {
        var store = await CreateEmptyStoreAsync();
        var versions = new List<long>();

        foreach (var id in new[] { "g-1", "g-2", "g-3" })
        {
            var result = await store.WriteAsync(NetworkChange.Merge(Goals(id)));
            versions.Add(result.Version);
            Assert.Equal(result.Version, await store.GetVersionAsync());
            Assert.Equal(result.Version, (await store.ReadSnapshotAsync()).Version);
        }

        Assert.Equal([1L, 2L, 3L], versions);
        NetworkAssert.Equal(Goals("g-1", "g-2", "g-3"), (await (await ReopenAsync(store)).ReadSnapshotAsync()).Network);
    }

    [StoreFact]
    public async Task Write_MustBeNewOnAStoredId_IsRefused()
    {
        var store = await StoreWithAsync(Riverside);
        var change = new NetworkChange(Goals("g-ready"), MustBeNew: ["g-ready"]);

        var error = await Assert.ThrowsAsync<NetworkValidationException>(() => store.WriteAsync(change));

        Assert.Contains(error.Problems, p => p.Message.Contains("g-ready"));
        Assert.Equal(1, await store.GetVersionAsync());
    }

    [StoreFact]
    public async Task Write_MustExistOnAnUnknownId_IsRefused()
    {
        var store = await StoreWithAsync(Riverside);
        var change = new NetworkChange(Goals("g-unknown"), MustExist: ["g-unknown"]);

        var error = await Assert.ThrowsAsync<NetworkValidationException>(() => store.WriteAsync(change));

        Assert.Contains(error.Problems, p => p.Message.Contains("g-unknown"));
        Assert.Equal(1, await store.GetVersionAsync());
    }

    [StoreFact]
    public async Task Write_MustBeNewAndMustExistThatHold_AreAccepted()
    {
        var store = await StoreWithAsync(Riverside);

        await store.WriteAsync(new NetworkChange(Goals("g-new"), MustBeNew: ["g-new"]));
        var result = await store.WriteAsync(new NetworkChange(Goals("g-ready"), MustExist: ["g-ready"]));

        Assert.Equal(3, result.Version);
        var goals = (await store.ListGoalsAsync(GoalFilter.None, PageRequest.All)).Items;
        Assert.Equal("Goal g-ready", goals.Single(g => g.Id == "g-ready").Name);
        Assert.Contains(goals, g => g.Id == "g-new");
    }

    [StoreFact]
    public async Task Write_TwentyConcurrentWrites_AllLandWithDistinctVersions()
    {
        var store = await StoreWithAsync(Riverside);
        var ids = Enumerable.Range(0, 20).Select(i => $"g-parallel-{i:D2}").ToList();

        var results = await Task.WhenAll(ids.Select(id => Task.Run(() => store.WriteAsync(NetworkChange.Merge(Goals(id))))));

        Assert.Equal(Enumerable.Range(2, 20).Select(v => (long)v), results.Select(r => r.Version).Order());
        Assert.Equal(21, await store.GetVersionAsync());
        var stored = (await (await ReopenAsync(store)).ReadSnapshotAsync()).Network;
        Assert.Equal(ids, stored.Goals.Select(g => g.Id).Where(id => id.StartsWith("g-parallel-", StringComparison.Ordinal)).Order());
        Assert.Equal(Riverside.Goals.Count + 20, stored.Goals.Count);
    }

    [StoreFact]
    public async Task ReadSnapshot_WhileWritesLand_IsAlwaysOneWholeVersion()
    {
        var store = await StoreWithAsync(Goals("g-0"));

        // Each write adds one goal, so the snapshot at version v has exactly v goals: a torn read would not.
        var writes = Task.Run(async () =>
        {
            for (var i = 1; i <= 10; i++)
            {
                await store.WriteAsync(NetworkChange.Merge(Goals($"g-{i}")));
            }
        });
        var snapshots = new List<NetworkSnapshot>();
        while (!writes.IsCompleted)
        {
            snapshots.Add(await store.ReadSnapshotAsync());
        }

        await writes;
        snapshots.Add(await store.ReadSnapshotAsync());
        Assert.All(snapshots, s => Assert.Equal(s.Version, s.Network.Goals.Count));
        Assert.Equal(11, snapshots[^1].Version);
    }

    private async Task<INetworkStore> StoreWithAsync(Network network)
    {
        var store = await CreateEmptyStoreAsync();
        await store.WriteAsync(NetworkChange.Replace(network));
        return store;
    }

    /// <summary>Every List method with no filter returns exactly the expected network's entries of its kind.</summary>
    private static async Task AssertListsHoldAsync(INetworkStore store, Network expected)
    {
        NetworkAssert.EquivalentItems(expected.Goals, (await store.ListGoalsAsync(GoalFilter.None, PageRequest.All)).Items);
        NetworkAssert.EquivalentItems(expected.Indicators, (await store.ListIndicatorsAsync(IndicatorFilter.None, PageRequest.All)).Items);
        NetworkAssert.EquivalentItems(expected.Organizations, (await store.ListOrganizationsAsync(OrganizationFilter.None, PageRequest.All)).Items);
        NetworkAssert.EquivalentItems(expected.People, (await store.ListPeopleAsync(PersonFilter.None, PageRequest.All)).Items);
        NetworkAssert.EquivalentItems(expected.Activities, (await store.ListActivitiesAsync(ActivityFilter.None, PageRequest.All)).Items);
        NetworkAssert.EquivalentItems(expected.Ties, (await store.ListTiesAsync(TieFilter.None, PageRequest.All)).Items);
        NetworkAssert.EquivalentItems(
            expected.Measurements,
            await store.ListMeasurementsAsync(expected.Indicators.Select(i => i.Id).ToList()));
        Assert.Equal(expected.Initiative, await store.GetInitiativeAsync());
    }
}
