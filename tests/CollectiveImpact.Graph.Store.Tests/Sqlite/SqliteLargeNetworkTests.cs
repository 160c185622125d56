using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Sqlite;
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

    /// <summary>
    /// Rows go <see cref="SqliteRowBatch.RowsPerStatement"/> to a statement and the rest one by one: lists just under,
    /// at and over a batch (and of many batches) read back exactly as written, in order, by a fresh store, after a
    /// replace and after a merge that updates every entry in place and adds new ones.
    /// </summary>
    [Theory]
    [InlineData(SqliteRowBatch.RowsPerStatement - 1)]
    [InlineData(SqliteRowBatch.RowsPerStatement)]
    [InlineData(SqliteRowBatch.RowsPerStatement + 1)]
    [InlineData((SqliteRowBatch.RowsPerStatement * 3) + 5)]
    public async Task ReplaceThenMerge_ListsAroundTheBatchSize_ReadBackExactly(int organizations)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = organizations, Organizations = organizations });
        var store = database.Open();

        await store.WriteAsync(NetworkChange.Replace(network));
        var replaced = (await database.Open().ReadSnapshotAsync()).Network;

        var renamed = network with
        {
            Organizations = [.. network.Organizations.Select(o => o with { Name = o.Name + " (renamed)", Goals = [.. o.Goals.Reverse()] })],
            People = [.. network.People.Select(p => p with { Role = "Renamed" })],
            Ties = [.. network.Ties.Select(t => t with { Weight = 2 })],
        };
        var added = TestNetworks.Goals([.. Enumerable.Range(0, SqliteRowBatch.RowsPerStatement + 2).Select(i => $"g-new-{i}")]);
        await store.WriteAsync(NetworkChange.Merge(renamed with { Goals = [.. renamed.Goals, .. added.Goals] }));
        var merged = (await database.Open().ReadSnapshotAsync()).Network;

        Assert.Equal(NetworkDocumentWriter.Write(network), NetworkDocumentWriter.Write(replaced));
        Assert.Equal(
            NetworkDocumentWriter.Write(renamed with { Goals = [.. renamed.Goals, .. added.Goals] }),
            NetworkDocumentWriter.Write(merged));
    }
}
