using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Jobs;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Tests.Services.Jobs;

/// <summary>
/// The job registry with fake work on its one job worker and a manual clock: a blocker holds the worker while a test
/// arranges the jobs, so states follow from what the test did, not from timing.
/// </summary>
public sealed class AnalysisJobsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ManualClock clock = new();
    private readonly List<AnalysisJobs> registries = [];
    private readonly ManualResetEventSlim release = new(false);

    public void Dispose()
    {
        release.Set();
        foreach (var registry in registries)
        {
            registry.Dispose();
        }

        release.Dispose();
    }

    [Fact]
    public async Task StartOrJoin_SameKeyTwice_IsOneJobWhoeverAsks()
    {
        var jobs = Create();
        await HoldWorkerAsync(jobs);
        var runs = 0;

        var first = jobs.StartOrJoin(Key(1), "p", "alice", (job, token) => { runs++; return Work(jobs, job, token); });
        var second = jobs.StartOrJoin(Key(1), "p", "bob", (job, token) => { runs++; return Work(jobs, job, token); });

        Assert.Same(first, second);
        Assert.Equal(1, runs);
        Assert.Equal(JobState.Queued, first.State);
        Assert.Equal("alice", first.Caller);
    }

    [Fact]
    public async Task RunOnWorker_MeasureReportsProgress_ProgressAndTimeLeftMoveAndTheJobSucceeds()
    {
        var jobs = Create();
        using var reported = new SemaphoreSlim(0);
        using var next = new SemaphoreSlim(0);
        var job = jobs.StartOrJoin(Key(1), "p", "alice", (job, token) => jobs.RunOnWorkerAsync<object?>(job, t =>
        {
            foreach (var fraction in new[] { 0.25, 0.5 })
            {
                job.Report(fraction);
                reported.Release();
                next.Wait(t);
            }

            return "done";
        }, token));

        await reported.WaitAsync(Patience);
        var startedAt = job.StartedAt;
        clock.Advance(TimeSpan.FromSeconds(30));
        var (stateAtQuarter, progressAtQuarter, leftAtQuarter) = (job.State, job.Progress, job.EstimatedSecondsLeft(clock.GetUtcNow()));
        next.Release();
        await reported.WaitAsync(Patience);
        clock.Advance(TimeSpan.FromSeconds(30));
        var (progressAtHalf, leftAtHalf) = (job.Progress, job.EstimatedSecondsLeft(clock.GetUtcNow()));
        next.Release();
        await WaitForAsync(() => job.IsFinal);

        Assert.NotNull(startedAt);
        Assert.Equal(JobState.Running, stateAtQuarter);
        // 30 s for a quarter: 90 s left; 60 s for a half: 60 s left.
        Assert.Equal((0.25, 90.0), (progressAtQuarter, leftAtQuarter!.Value));
        Assert.Equal((0.5, 60.0), (progressAtHalf, leftAtHalf!.Value));
        Assert.Equal(JobState.Succeeded, job.State);
        Assert.Equal(1.0, job.Progress);
        Assert.Equal("done", job.Result);
        Assert.Null(job.EstimatedSecondsLeft(clock.GetUtcNow()));
    }

    [Fact]
    public void StartOrJoin_ResultAlreadyCached_SucceedsAtOnceAndIsNotRemembered()
    {
        var jobs = Create();

        var job = jobs.StartOrJoin(Key(1), "p", "alice", (_, _) => Task.FromResult<object?>("cached"));

        Assert.Equal(JobState.Succeeded, job.State);
        Assert.Equal("cached", job.Result);
        Assert.Null(jobs.Poll(job.Id));
        Assert.Equal(0, jobs.Snapshot().Started);
    }

    [Fact]
    public async Task Cancel_QueuedJob_NeverRunsAndOnlyItsStarterOrTheBackboneMayCancel()
    {
        var jobs = Create();
        await HoldWorkerAsync(jobs);
        var ran = false;
        var job = jobs.StartOrJoin(Key(1), "p", "alice", (job, token) => jobs.RunOnWorkerAsync<object?>(job, _ => ran = true, token));

        var forbidden = Assert.Throws<ForbiddenProblem>(() => jobs.Cancel(job.Id, "bob", mayCancelAny: false));
        var missing = Assert.Throws<NotFoundProblem>(() => jobs.Cancel("nope", "alice", mayCancelAny: true));
        var cancelled = jobs.Cancel(job.Id, "alice", mayCancelAny: false);
        release.Set();
        await jobs.Scheduler.RunAsync("after", _ => 0, CancellationToken.None).WaitAsync(Patience);

        Assert.Contains("another caller", forbidden.Message, StringComparison.Ordinal);
        Assert.Contains("'nope'", missing.Message, StringComparison.Ordinal);
        Assert.Same(job, cancelled);
        Assert.Equal(JobState.Cancelled, job.State);
        Assert.False(ran);
        Assert.Equal(1, jobs.Scheduler.Snapshot().DroppedBeforeStart);
    }

    [Fact]
    public async Task Cancel_RunningJob_TellsTheMeasureToStopAndTheBackboneMayCancelAnyones()
    {
        var jobs = Create();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observed = false;
        var job = jobs.StartOrJoin(Key(1), "p", "alice", (job, token) => jobs.RunOnWorkerAsync<object?>(job, t =>
        {
            started.SetResult();
            observed = t.WaitHandle.WaitOne(Patience);
            t.ThrowIfCancellationRequested();
            return null;
        }, token));
        await started.Task.WaitAsync(Patience);

        jobs.Cancel(job.Id, "backbone-key", mayCancelAny: true);
        await jobs.Scheduler.RunAsync("after", _ => 0, CancellationToken.None).WaitAsync(Patience);

        Assert.True(observed);
        Assert.Equal(JobState.Cancelled, job.State);
        Assert.Equal(1, jobs.Scheduler.Snapshot().StoppedWhileRunning);
    }

    [Fact]
    public async Task Sweep_NobodyPolledForAbandonAfter_ExpiresTheJobThenForgetsIt()
    {
        var jobs = Create(abandonAfter: TimeSpan.FromMinutes(10));
        await HoldWorkerAsync(jobs);
        var polled = jobs.StartOrJoin(Key(1), "p", "alice", (job, token) => Work(jobs, job, token));
        var forgotten = jobs.StartOrJoin(Key(2), "p", "bob", (job, token) => Work(jobs, job, token));

        clock.Advance(TimeSpan.FromMinutes(6));
        jobs.Poll(polled.Id);
        clock.Advance(TimeSpan.FromMinutes(5));
        jobs.Sweep();
        var (polledState, forgottenState, token) = (polled.State, forgotten.State, forgotten.Stop.IsCancellationRequested);
        clock.Advance(TimeSpan.FromMinutes(10));
        jobs.Sweep();

        Assert.Equal(JobState.Queued, polledState);
        Assert.Equal(JobState.Expired, forgottenState);
        Assert.True(token);
        Assert.Null(jobs.Poll(forgotten.Id));
        Assert.Equal(JobState.Expired, polled.State);
        Assert.Equal(2, jobs.Snapshot().Finished[JobState.Expired]);
    }

    [Fact]
    public async Task StartOrJoin_BeyondTheCallersShareOrTheQueue_IsRefusedWithTheReason()
    {
        var jobs = Create(maxQueued: 3, maxPerCaller: 2);
        await HoldWorkerAsync(jobs);
        jobs.StartOrJoin(Key(1), "p", "alice", (job, token) => Work(jobs, job, token));
        jobs.StartOrJoin(Key(2), "p", "alice", (job, token) => Work(jobs, job, token));

        var share = Assert.Throws<SchedulerRejectedException>(() => jobs.StartOrJoin(Key(3), "p", "alice", (job, token) => Work(jobs, job, token)));
        jobs.StartOrJoin(Key(3), "p", "bob", (job, token) => Work(jobs, job, token));
        var full = Assert.Throws<SchedulerRejectedException>(() => jobs.StartOrJoin(Key(4), "p", "carol", (job, token) => Work(jobs, job, token)));

        Assert.Equal(RejectionReason.CallerShareFull, share.Reason);
        Assert.Contains("Jobs:MaxQueuedPerCaller", share.Message, StringComparison.Ordinal);
        Assert.Equal(RejectionReason.QueueFull, full.Reason);
        Assert.Contains("Jobs:MaxQueued", full.Message, StringComparison.Ordinal);
        Assert.Equal(2, jobs.Snapshot().Rejected);
    }

    [Fact]
    public async Task StartOrJoin_SameAnalysisOnANewerVersion_SupersedesTheStaleJob()
    {
        var jobs = Create();
        await HoldWorkerAsync(jobs);
        var stale = jobs.StartOrJoin(Key(1, version: 7), "p", "alice", (job, token) => Work(jobs, job, token));

        var current = jobs.StartOrJoin(Key(1, version: 8), "p", "bob", (job, token) => Work(jobs, job, token));

        Assert.NotSame(stale, current);
        Assert.Equal(JobState.Cancelled, stale.State);
        Assert.Contains("version 8", stale.Failure!.Message, StringComparison.Ordinal);
        Assert.True(stale.Stop.IsCancellationRequested);
        Assert.Equal((JobState.Queued, 8L), (current.State, current.NetworkVersion));
    }

    [Fact]
    public async Task Completed_WorkThrows_FailsWithTheAnalysissOwnError()
    {
        var jobs = Create();
        var job = jobs.StartOrJoin(Key(1), "p", "alice", (job, token) =>
            jobs.RunOnWorkerAsync<object?>(job, _ => throw new AnalysisDidNotConvergeProblem("no luck"), token));

        await WaitForAsync(() => job.IsFinal);

        Assert.Equal(JobState.Failed, job.State);
        Assert.IsType<AnalysisDidNotConvergeProblem>(job.Failure);
        Assert.Equal(1, jobs.Snapshot().ByState[JobState.Failed]);
    }

    private AnalysisJobs Create(int maxQueued = 8, int maxPerCaller = 8, TimeSpan? abandonAfter = null)
    {
        var options = new JobOptions { Workers = 1, MaxQueued = maxQueued, MaxQueuedPerCaller = maxPerCaller, AbandonAfter = abandonAfter ?? TimeSpan.FromMinutes(10) };
        var jobs = new AnalysisJobs(Options.Create(options), clock, NullLogger<AnalysisJobs>.Instance, NullLogger<AnalysisScheduler>.Instance);
        registries.Add(jobs);
        return jobs;
    }

    /// <summary>Occupies the one job worker until the test ends (or sets <see cref="release"/>).</summary>
    private async Task HoldWorkerAsync(AnalysisJobs jobs)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = jobs.Scheduler.RunAsync("blocker", _ =>
        {
            started.SetResult();
            release.Wait(Patience);
            return 0;
        }, CancellationToken.None);
        await started.Task.WaitAsync(Patience);
    }

    private static Task<object?> Work(AnalysisJobs jobs, AnalysisJob job, CancellationToken token) =>
        jobs.RunOnWorkerAsync<object?>(job, _ => "result", token);

    private static AnalysisKey Key(int measure, long version = 1) =>
        AnalysisKey.For("centrality", version, [new("measure", measure)]);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
