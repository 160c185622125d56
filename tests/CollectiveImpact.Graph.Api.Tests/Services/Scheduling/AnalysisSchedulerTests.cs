using System.Collections.Concurrent;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Tests.Services.Scheduling;

/// <summary>
/// The scheduler with fake work on one worker: a blocker holds the worker while the test arranges the queue, so every
/// expectation (what is refused, what runs, in which order) follows from the queue's state, not from timing.
/// </summary>
public sealed class AnalysisSchedulerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly List<AnalysisScheduler> schedulers = [];
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose()
    {
        release.TrySetResult();
        foreach (var scheduler in schedulers)
        {
            scheduler.Dispose();
        }
    }

    [Fact]
    public async Task RunAsync_QueueFull_RejectsWithQueueFullAndRetryAfterFromTheWorkAhead()
    {
        var scheduler = Create(maxQueued: 2, maxPerCaller: 10);
        await HoldWorkerAsync(scheduler, "a");
        _ = scheduler.RunAsync("b", _ => 1, CancellationToken.None);
        _ = scheduler.RunAsync("c", _ => 1, CancellationToken.None);

        var rejected = await Assert.ThrowsAsync<SchedulerRejectedException>(() => scheduler.RunAsync("d", _ => 1, CancellationToken.None));

        Assert.Equal(RejectionReason.QueueFull, rejected.Reason);
        // Two queued and one running, at the initial 1 s mean, over one worker.
        Assert.Equal(3 * AnalysisScheduler.InitialMeanCompute, rejected.RetryAfter);
        Assert.Equal(3, rejected.RetryAfterSeconds);
        Assert.Equal(1, scheduler.Snapshot().RejectedQueueFull);
    }

    [Fact]
    public async Task RunAsync_WorkAheadLongerThanMaxQueueWait_RejectsAtOnceButAlwaysTakesTheFirstInTheQueue()
    {
        var scheduler = Create(maxQueued: 10, maxPerCaller: 10, maxQueueWait: 2 * AnalysisScheduler.InitialMeanCompute);
        await HoldWorkerAsync(scheduler, "a");
        var first = scheduler.RunAsync("b", _ => 1, CancellationToken.None);

        var rejected = await Assert.ThrowsAsync<SchedulerRejectedException>(() => scheduler.RunAsync("c", _ => 1, CancellationToken.None));

        Assert.False(first.IsCompleted);
        Assert.Equal(RejectionReason.WaitTooLong, rejected.Reason);
        // One queued and one running at the initial 1 s mean: 2 s, which is the most it may wait.
        Assert.Equal(2 * AnalysisScheduler.InitialMeanCompute, rejected.RetryAfter);
        Assert.Equal(1, scheduler.Snapshot().RejectedWaitTooLong);
    }

    [Fact]
    public async Task RunAsync_CallersShareFull_RejectsThatCallerOnly()
    {
        var scheduler = Create(maxQueued: 10, maxPerCaller: 1);
        await HoldWorkerAsync(scheduler, "a");
        _ = scheduler.RunAsync("a", _ => 1, CancellationToken.None);

        var rejected = await Assert.ThrowsAsync<SchedulerRejectedException>(() => scheduler.RunAsync("a", _ => 1, CancellationToken.None));
        var other = scheduler.RunAsync("b", _ => 2, CancellationToken.None);

        Assert.Equal(RejectionReason.CallerShareFull, rejected.Reason);
        // The caller's own work ahead (one queued, one running) at the initial 1 s mean.
        Assert.Equal(2 * AnalysisScheduler.InitialMeanCompute, rejected.RetryAfter);
        Assert.False(other.IsCompleted);
        var snapshot = scheduler.Snapshot();
        Assert.Equal((1, 0, 2), (snapshot.RejectedCallerShare, snapshot.RejectedQueueFull, snapshot.Queued));
    }

    [Fact]
    public async Task RunAsync_CancelledWhileQueued_DropsTheItemWithoutRunningIt()
    {
        var scheduler = Create(maxQueued: 10, maxPerCaller: 10);
        await HoldWorkerAsync(scheduler, "a");
        var ran = false;
        using var waiter = new CancellationTokenSource();
        var dropped = scheduler.RunAsync("b", _ => ran = true, waiter.Token);

        await waiter.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dropped.WaitAsync(Patience));
        Assert.Equal(0, scheduler.Snapshot().Queued);
        release.SetResult();
        await scheduler.RunAsync("c", _ => 0, CancellationToken.None).WaitAsync(Patience);

        Assert.False(ran);
        Assert.Equal(1, scheduler.Snapshot().DroppedBeforeStart);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileRunning_CancelsTheWorksTokenFreesTheWorkerAndRecordsTheOverrun()
    {
        var clock = new SteppedClock();
        var scheduler = Create(maxQueued: 10, maxPerCaller: 10, clock);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observed = false;
        using var waiter = new CancellationTokenSource();
        var running = scheduler.RunAsync("a", token =>
        {
            started.SetResult();
            token.WaitHandle.WaitOne(Patience);
            observed = token.IsCancellationRequested;
            clock.Advance(TimeSpan.FromMilliseconds(250)); // the work takes 250 ms to notice and return
            token.ThrowIfCancellationRequested();
            return 1;
        }, waiter.Token);
        await started.Task.WaitAsync(Patience);

        await waiter.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(Patience));
        var next = await scheduler.RunAsync("b", _ => 2, CancellationToken.None).WaitAsync(Patience);

        Assert.True(observed);
        Assert.Equal(2, next);
        var snapshot = scheduler.Snapshot();
        Assert.Equal(1, snapshot.StoppedWhileRunning);
        Assert.Equal(TimeSpan.FromMilliseconds(250), snapshot.MaxOverrun);
        Assert.Equal(0, snapshot.Running);
    }

    [Fact]
    public async Task RunAsync_SeveralCallers_ServesThemInTurnNotInArrivalOrder()
    {
        var scheduler = Create(maxQueued: 10, maxPerCaller: 10);
        await HoldWorkerAsync(scheduler, "a");
        var order = new ConcurrentQueue<string>();
        var tasks = new[] { "a1", "a2", "a3", "b1", "c1" }
            .Select(name => scheduler.RunAsync(name[..1], _ => { order.Enqueue(name); return name; }, CancellationToken.None))
            .ToList();

        release.SetResult();
        await Task.WhenAll(tasks).WaitAsync(Patience);

        Assert.Equal(["a1", "b1", "c1", "a2", "a3"], order);
    }

    [Fact]
    public async Task RunAsync_WorkFails_TheWaiterGetsItsExceptionAndTheWorkerGoesOn()
    {
        var scheduler = Create(maxQueued: 10, maxPerCaller: 10);

        var failed = scheduler.RunAsync<int>("a", _ => throw new InvalidOperationException("boom"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failed.WaitAsync(Patience));
        Assert.Equal("boom", error.Message);
        Assert.Equal(3, await scheduler.RunAsync("a", _ => 3, CancellationToken.None).WaitAsync(Patience));
    }

    [Fact]
    public async Task RunAsync_Work_RunsOnADedicatedWorkerNotTheThreadPool()
    {
        var scheduler = Create(maxQueued: 10, maxPerCaller: 10);

        var (pooled, name) = await scheduler.RunAsync("a", _ => (Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name), CancellationToken.None)
            .WaitAsync(Patience);

        Assert.False(pooled);
        Assert.Equal("analysis-worker-1", name);
    }

    private AnalysisScheduler Create(int maxQueued, int maxPerCaller, TimeProvider? clock = null, TimeSpan? maxQueueWait = null)
    {
        var settings = new SchedulerOptions { Workers = 1, MaxQueued = maxQueued, MaxQueuedPerCaller = maxPerCaller };
        var scheduler = new AnalysisScheduler(
            Options.Create(maxQueueWait is { } wait ? settings with { MaxQueueWait = wait } : settings),
            clock ?? TimeProvider.System,
            NullLogger<AnalysisScheduler>.Instance);
        schedulers.Add(scheduler);
        return scheduler;
    }

    /// <summary>Occupies the one worker with <paramref name="caller"/>'s work until <see cref="release"/>.</summary>
    private async Task HoldWorkerAsync(AnalysisScheduler scheduler, string caller)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = scheduler.RunAsync(caller, _ =>
        {
            started.SetResult();
            release.Task.Wait(Patience);
            return 0;
        }, CancellationToken.None);
        await started.Task.WaitAsync(Patience);
    }

    /// <summary>Timestamps that move only when the test says so (the overrun is measured with them).</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
    }
}
