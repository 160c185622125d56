using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Storage;

namespace CollectiveImpact.Graph.Store.Tests.Sqlite;

/// <summary>
/// A 50,000-node network through the bulk path (prepared statements reused across rows): everything written is read
/// back by a fresh store, and a small merge afterwards lands on top. Import speed lives in the benchmarks, not here.
/// </summary>
public sealed class SqliteLargeNetworkTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Replace_FiftyThousandNodes_ReadsBackWholeAndTakesAMerge()
    {
        var network = LargeNetworks.Build(50_000);
        var store = database.Open();

        var result = await store.WriteAsync(NetworkChange.Replace(network));
        var snapshot = await database.Open().ReadSnapshotAsync();
        var merged = await store.WriteAsync(NetworkChange.Merge(TestNetworks.Goals("g-extra")));

        Assert.Equal(network.Counts, result.Written);
        Assert.Equal(network.Counts, snapshot.Network.Counts);
        Assert.Equal(result.Version + 1, merged.Version);
        Assert.Contains((await database.Open().ReadSnapshotAsync()).Network.Goals, g => g.Id == "g-extra");
    }
}
