using CollectiveImpact.Graph.Store.Sqlite;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Sqlite;

/// <summary>
/// The checkpointer: on start, then every interval, the store's write-ahead log is copied and truncated. The timer is
/// a manual one: the test fires it, nothing waits on a clock. Each test holds an idle connection of its own, so that
/// another class clearing every connection pool in parallel cannot close the last connection and delete the log.
/// </summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(7);
    private readonly TempDatabase database = new();
    private readonly ManualTimeProvider clock = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Start_WalLeftBehind_IsTruncatedBeforeStartReturns()
    {
        var store = database.Open();
        await store.InitializeAsync();
        using var keepsTheWal = database.HoldWal();
        await store.WriteAsync(NetworkChange.Replace(Riverside));
        var walBefore = new FileInfo(store.WalPath).Length;
        using var checkpointer = Checkpointer(store);

        await checkpointer.StartAsync(CancellationToken.None);

        Assert.True(walBefore > 0, "The write left nothing in the write-ahead log; the test proves nothing.");
        Assert.Equal(0, new FileInfo(store.WalPath).Length);
        Assert.Equal(1, await database.Open().GetVersionAsync());
    }

    [Fact]
    public async Task Timer_EveryInterval_TruncatesTheWalWrittenSinceTheLastCheckpoint()
    {
        var store = database.Open();
        using var checkpointer = Checkpointer(store);
        await checkpointer.StartAsync(CancellationToken.None);
        using var keepsTheWal = database.HoldWal();
        await store.WriteAsync(NetworkChange.Replace(Riverside));
        var walAfterWrite = new FileInfo(store.WalPath).Length;

        clock.Timer!.Fire();
        await checkpointer.LastTick;

        Assert.Equal((Interval, Interval), (clock.Timer.DueTime, clock.Timer.Period));
        Assert.True(walAfterWrite > 0, "The write left nothing in the write-ahead log; the test proves nothing.");
        Assert.Equal(0, new FileInfo(store.WalPath).Length);
        Assert.Equal(1, await database.Open().GetVersionAsync());
    }

    [Fact]
    public async Task Stop_TimerIsStopped()
    {
        var store = database.Open();
        using var checkpointer = Checkpointer(store);
        await checkpointer.StartAsync(CancellationToken.None);

        await checkpointer.StopAsync(CancellationToken.None);

        Assert.Equal((Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan), (clock.Timer!.DueTime, clock.Timer.Period));
    }

    private SqliteCheckpointer Checkpointer(SqliteNetworkStore store) => new(
        store,
        Options.Create(new SqliteStoreOptions { Path = store.FullPath, CheckpointInterval = Interval }),
        clock,
        NullLogger<SqliteCheckpointer>.Instance);

    /// <summary>A clock whose one timer fires only when the test says so.</summary>
    private sealed class ManualTimeProvider : TimeProvider
    {
        public ManualTimer? Timer { get; private set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            Timer = new ManualTimer(() => callback(state), dueTime, period);
    }

    private sealed class ManualTimer(Action fire, TimeSpan dueTime, TimeSpan period) : ITimer
    {
        public TimeSpan DueTime { get; private set; } = dueTime;

        public TimeSpan Period { get; private set; } = period;

        public void Fire() => fire();

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            (DueTime, Period) = (dueTime, period);
            return true;
        }

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
