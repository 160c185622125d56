using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Support;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Storage;

/// <summary>
/// The snapshot half of the contract: what every <see cref="ISnapshotStore"/> must do beside its network store. The
/// document stored is the canonical export of <see cref="TestNetworks.Riverside"/>; reading it back must give the
/// same bytes, through a second store over the same data.
/// </summary>
public abstract partial class NetworkStoreContractTests
{
    /// <summary>The snapshot store kept beside <paramref name="store"/> (same database).</summary>
    protected abstract ISnapshotStore SnapshotsOf(INetworkStore store);

    [StoreFact]
    public async Task Snapshot_SaveThenRead_GivesBackTheSameBytesAndDescription()
    {
        var store = await CreateEmptyStoreAsync();
        var written = await store.WriteAsync(NetworkChange.Replace(Riverside));
        var document = NetworkDocumentWriter.Write(Riverside);
        var info = Info("Baseline 2024", written.Version, document);

        var outcome = await SnapshotsOf(store).SaveAsync(info, document, maxCount: 5);
        var read = await SnapshotsOf(await ReopenAsync(store)).ReadAsync("baseline 2024");

        Assert.Equal(SnapshotSaveOutcome.Saved, outcome);
        Assert.NotNull(read);
        Assert.Equal(document, read.Document);
        Assert.Equal(info with { StoredBytes = read.Info.StoredBytes }, read.Info);
        Assert.InRange(read.Info.StoredBytes, 1, document.Length - 1);
    }

    [StoreFact]
    public async Task Snapshot_NameTakenIgnoringCase_IsRefusedAndNothingChanges()
    {
        var store = await CreateEmptyStoreAsync();
        var snapshots = SnapshotsOf(store);
        var document = NetworkDocumentWriter.Write(Network.Empty);
        await snapshots.SaveAsync(Info("Baseline", 0, document), document, maxCount: 5);

        var outcome = await snapshots.SaveAsync(Info("BASELINE", 0, document), document, maxCount: 5);

        Assert.Equal(SnapshotSaveOutcome.NameTaken, outcome);
        Assert.Equal(["Baseline"], (await snapshots.ListAsync()).Select(s => s.Name));
    }

    [StoreFact]
    public async Task Snapshot_AtTheLimit_IsRefused()
    {
        var store = await CreateEmptyStoreAsync();
        var snapshots = SnapshotsOf(store);
        var document = NetworkDocumentWriter.Write(Network.Empty);
        await snapshots.SaveAsync(Info("One", 0, document), document, maxCount: 2);
        await snapshots.SaveAsync(Info("Two", 0, document), document, maxCount: 2);

        var outcome = await snapshots.SaveAsync(Info("Three", 0, document), document, maxCount: 2);

        Assert.Equal(SnapshotSaveOutcome.LimitReached, outcome);
        Assert.Equal(["One", "Two"], (await snapshots.ListAsync()).Select(s => s.Name));
    }

    [StoreFact]
    public async Task Snapshot_Delete_RemovesOnlyThatOneAndAnswersFalseTheSecondTime()
    {
        var store = await CreateEmptyStoreAsync();
        var snapshots = SnapshotsOf(store);
        var document = NetworkDocumentWriter.Write(Network.Empty);
        await snapshots.SaveAsync(Info("One", 0, document), document, maxCount: 5);
        await snapshots.SaveAsync(Info("Two", 0, document), document, maxCount: 5);

        Assert.True(await snapshots.DeleteAsync("one"));
        Assert.False(await snapshots.DeleteAsync("One"));
        Assert.Null(await snapshots.ReadAsync("One"));
        Assert.Equal(["Two"], (await snapshots.ListAsync()).Select(s => s.Name));
    }

    [StoreFact]
    public async Task Snapshot_SurvivesAReplaceWriteOfTheNetwork()
    {
        var store = await CreateEmptyStoreAsync();
        await store.WriteAsync(NetworkChange.Replace(Riverside));
        var document = NetworkDocumentWriter.Write(Riverside);
        await SnapshotsOf(store).SaveAsync(Info("Before", 1, document), document, maxCount: 5);

        await store.WriteAsync(NetworkChange.Replace(Network.Empty));

        Assert.Equal(document, (await SnapshotsOf(store).ReadAsync("Before"))!.Document);
    }

    [StoreFact]
    public async Task SinceAndUntil_OfOrganizationsAndPeople_AreStoredAndReadBack()
    {
        var store = await CreateEmptyStoreAsync();
        await store.WriteAsync(NetworkChange.Replace(Riverside));

        var read = (await (await ReopenAsync(store)).ReadSnapshotAsync()).Network;

        var biz = Assert.Single(read.Organizations, o => o.Id == "o-biz");
        Assert.Equal((D("2021-01-01"), D("2024-06-30")), (biz.Since, biz.Until));
        var dee = Assert.Single(read.People, p => p.Id == "p-dee");
        Assert.Equal((D("2022-03-01"), (DateOnly?)null), (dee.Since, dee.Until));
    }

    private static SnapshotInfo Info(string name, long version, byte[] document) => new(
        name,
        new DateTimeOffset(2026, 3, 1, 9, 30, 15, 123, TimeSpan.Zero),
        "Evaluation team",
        version,
        new EntityCounts(1, 2, 3, 4, 5, 6, 7, 8),
        document.Length,
        0,
        SnapshotCodec.Hash(document));
}
