using System.Diagnostics;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Storage;
using Xunit.Abstractions;

namespace CollectiveImpact.Graph.Store.Tests.Sqlite;

/// <summary>
/// Bulk import speed: prepared statements reused across rows must import a big network in seconds. The bound is
/// loose (this runs on a 2-core CI machine beside other tests); the measured times are written to the test output.
/// </summary>
public sealed class SqliteImportTimingTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Replace_FiftyThousandNodes_ImportsReadsAndMergesInSeconds()
    {
        var network = LargeNetworks.Build(50_000);
        var store = _database.Open();
        await store.InitializeAsync();

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var import = Stopwatch.StartNew();
        var result = await store.WriteAsync(NetworkChange.Replace(network));
        import.Stop();
        var importCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var fresh = _database.Open();
        var read = Stopwatch.StartNew();
        var snapshot = await fresh.ReadSnapshotAsync();
        read.Stop();
        var merge = Stopwatch.StartNew();
        await store.WriteAsync(NetworkChange.Merge(TestNetworks.Goals("g-extra")));
        merge.Stop();

        output.WriteLine($"{network.Counts.Total} entries ({network.Nodes().Count()} nodes, {network.Ties.Count} ties): " +
            $"import {import.ElapsedMilliseconds} ms (CPU {importCpu.TotalMilliseconds:F0} ms, validation included), cold snapshot read {read.ElapsedMilliseconds} ms, small merge {merge.ElapsedMilliseconds} ms");
        Assert.Equal(network.Counts, result.Written);
        Assert.Equal(network.Counts, snapshot.Network.Counts);
        Assert.InRange(import.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(60));
        Assert.InRange(merge.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }
}
