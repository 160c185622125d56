using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// Keeps the SQLite store's write-ahead log small: a <see cref="SqliteNetworkStore.CheckpointAsync"/> on start (a
/// log left by a crash is copied and truncated before the first request) and every
/// <see cref="SqliteStoreOptions.CheckpointInterval"/> after. SQLite's own automatic checkpoints copy pages but never
/// shrink the file, and none runs after a crash until the next commit: a service killed during large imports saw its
/// log grow to 175 MB across five restarts.
/// </summary>
internal sealed class SqliteCheckpointer(
    SqliteNetworkStore store,
    IOptions<SqliteStoreOptions> options,
    TimeProvider clock,
    ILogger<SqliteCheckpointer> logger) : IHostedService, IDisposable
{
    private ITimer? timer;
    private int running;

    /// <summary>The periodic checkpoint the timer last started (a test awaits it instead of timing anything).</summary>
    internal Task LastTick { get; private set; } = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await store.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        if (checkpoint.WalBytesBefore > 0 || checkpoint.Busy)
        {
            logger.LogInformation(
                "Checkpointed the SQLite write-ahead log {WalPath} on start: {Before} bytes before, {After} after{Busy}.",
                store.WalPath, checkpoint.WalBytesBefore, checkpoint.WalBytesAfter, checkpoint.Busy ? " (busy: another process holds the file; retried periodically)" : "");
        }

        var interval = options.Value.CheckpointInterval;
        timer = clock.CreateTimer(_ => LastTick = TickAsync(), null, interval, interval);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose() => timer?.Dispose();

    private async Task TickAsync()
    {
        // A checkpoint slower than the interval (a huge log on a slow disk) is not started twice.
        if (Interlocked.Exchange(ref running, 1) == 1)
        {
            return;
        }

        try
        {
            var checkpoint = await store.CheckpointAsync().ConfigureAwait(false);
            logger.LogDebug("Checkpointed {WalPath}: {Before} bytes before, {After} after, busy {Busy}.",
                store.WalPath, checkpoint.WalBytesBefore, checkpoint.WalBytesAfter, checkpoint.Busy);
        }
        catch (Exception ex)
        {
            // A timer callback has nobody to throw to; the next tick tries again.
            logger.LogWarning(ex, "The periodic checkpoint of {WalPath} failed; it is retried at the next interval.", store.WalPath);
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }
}
