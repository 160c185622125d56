using System.Diagnostics;
using System.Security.Cryptography;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Observability;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Services.Jobs;

/// <summary>
/// Background analysis jobs: analyses too long for a request deadline run here, on a scheduler of their own (its own
/// bounded pool of <see cref="JobOptions.Workers"/> below-normal-priority threads and queue), while the request that
/// asked answers at once with the job. Singleton.
/// </summary>
/// <remarks>
/// <para><b>Deduplicated.</b> The same analysis, parameters and network version (the same <see cref="AnalysisKey"/>) is
/// the same job, whoever asks: a queued or running job is joined; otherwise a new run starts, which a result already in
/// the cache answers at once (no job is remembered then), and which replaces a failed, cancelled or expired job.</para>
/// <para><b>Bounded.</b> At most <see cref="JobOptions.MaxQueued"/> jobs queued or running, and
/// <see cref="JobOptions.MaxQueuedPerCaller"/> per caller; beyond, <see cref="SchedulerRejectedException"/> as for
/// request-time analyses (SERVICE_OVERLOADED or RATE_LIMITED). At most <see cref="JobOptions.MaxFinished"/> finished
/// jobs are remembered.</para>
/// <para><b>Stale versions.</b> A write does not stop a job: it finishes on the version it read, its result cached under
/// that version's key only (so it never answers for a later version). When somebody asks for the same analysis and
/// parameters on a newer version, the older job, if still queued or running, is cancelled (superseded): nobody can ask
/// for its version any more, so nobody waits for it.</para>
/// <para><b>Abandoned.</b> A job nobody has started, joined or polled for <see cref="JobOptions.AbandonAfter"/> is
/// stopped (EXPIRED) if queued or running, forgotten if finished.</para>
/// </remarks>
public sealed partial class AnalysisJobs : IDisposable
{
    private readonly object gate = new();
    private readonly Dictionary<string, AnalysisJob> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnalysisJob> byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<AnalysisJob> finished = new();
    private readonly Dictionary<JobState, long> finishedCounts = [];
    private readonly JobOptions settings;
    private readonly TimeProvider time;
    private readonly ILogger<AnalysisJobs> logger;
    private readonly ITimer sweeper;
    private long started;
    private long rejected;
    private bool stopping;

    public AnalysisJobs(IOptions<JobOptions> options, TimeProvider time, ILogger<AnalysisJobs> logger, ILogger<AnalysisScheduler> schedulerLogger)
    {
        ArgumentNullException.ThrowIfNull(options);
        settings = options.Value;
        this.time = time;
        this.logger = logger;
        Scheduler = new AnalysisScheduler(
            new SchedulerOptions
            {
                Workers = settings.Workers,
                MaxQueued = settings.MaxQueued,
                MaxQueuedPerCaller = settings.MaxQueuedPerCaller,
                // A job is never refused for the wait ahead: it is the wait that makes it a job.
                MaxQueueWait = TimeSpan.MaxValue,
            },
            "analysis-job",
            ThreadPriority.BelowNormal,
            time,
            schedulerLogger);
        var period = TimeSpan.FromTicks(Math.Clamp(settings.AbandonAfter.Ticks / 4, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMinute));
        sweeper = time.CreateTimer(static state => ((AnalysisJobs)state!).Sweep(), this, period, period);
    }

    /// <summary>The jobs' own scheduler: their worker pool and queue, apart from the request-time one.</summary>
    public AnalysisScheduler Scheduler { get; }

    /// <summary>Threads one job's measure may use (<see cref="JobOptions.ThreadsPerJob"/>).</summary>
    public int ThreadsPerJob => settings.ThreadsPerJob;

    /// <summary>
    /// The job computing <paramref name="key"/>: joined when one is queued or running, else started with
    /// <paramref name="run"/> for <paramref name="caller"/>. A job whose <paramref name="run"/> completes at once (the
    /// result was already cached) comes back succeeded and is not remembered: it never was a background job.
    /// </summary>
    /// <param name="key">The result's cache key, built by the runner (the one place keys are built).</param>
    /// <param name="parameters">The analysis record it runs, kept to echo with the result.</param>
    /// <param name="caller">Whose share it takes and who may cancel it besides the backbone.</param>
    /// <param name="run">Computes and caches the result; its token is cancelled when the job is cancelled or abandoned.</param>
    /// <exception cref="SchedulerRejectedException">The jobs' queue, or the caller's share of it, is full.</exception>
    public AnalysisJob StartOrJoin(AnalysisKey key, object parameters, string caller, Func<AnalysisJob, CancellationToken, Task<object?>> run)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(run);
        AnalysisJob job;
        List<AnalysisJob> superseded;
        var now = time.GetUtcNow();
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(stopping, this);
            // A succeeded job is not joined: its result is in the cache, which the new run reads at once (and, should
            // the cache have evicted it, computes again rather than trusting a copy the cache no longer vouches for).
            if (byKey.TryGetValue(key.Value, out var existing) && existing.State is JobState.Queued or JobState.Running)
            {
                existing.LastSeen = now;
                return existing;
            }

            var identity = Identity(key);
            superseded = [.. byId.Values.Where(j => !j.IsFinal && j.NetworkVersion < key.NetworkVersion && Identity(j.Key) == identity)];
            var active = byId.Values.Count(j => !j.IsFinal) - superseded.Count;
            if (active >= settings.MaxQueued)
            {
                rejected++;
                throw Rejection(RejectionReason.QueueFull,
                    $"The service is busy: {active} analysis jobs are queued or running for {settings.Workers} job worker(s) (Jobs:MaxQueued); retry after about {{0}} s.");
            }

            var own = byId.Values.Count(j => !j.IsFinal && j.Caller == caller) - superseded.Count(j => j.Caller == caller);
            if (own >= settings.MaxQueuedPerCaller)
            {
                rejected++;
                throw Rejection(RejectionReason.CallerShareFull,
                    $"This caller already has {own} analysis jobs queued or running (Jobs:MaxQueuedPerCaller); poll them with analysisJob(id), cancel one with cancelJob(id), or retry after about {{0}} s.");
            }

            job = new AnalysisJob(NewId(), key, parameters, caller, now);
            byId[job.Id] = job;
            byKey[key.Value] = job;
            started++;
            foreach (var old in superseded)
            {
                Finish(old, JobState.Cancelled, new OperationCanceledException(
                    $"Superseded: the same analysis was asked for on network version {key.NetworkVersion}; this job read version {old.NetworkVersion}."), now);
            }
        }

        foreach (var old in superseded)
        {
            old.Stop.Cancel();
        }

        Task<object?> task;
        try
        {
            task = run(job, job.Stop.Token);
        }
        catch (Exception ex)
        {
            task = Task.FromException<object?>(ex);
        }

        if (task.IsCompleted)
        {
            Completed(job, task);
            if (job.State == JobState.Succeeded)
            {
                // Answered from the cache: nothing ran in the background, so there is nothing to remember or poll.
                lock (gate)
                {
                    Forget(job);
                    started--;
                    finishedCounts[JobState.Succeeded]--;
                }
            }
        }
        else
        {
            job.Activity = StartSpan(job);
            _ = task.ContinueWith(static (t, state) => ((Completion)state!).Run(t), new Completion(this, job),
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return job;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a job worker for <paramref name="job"/>; the job is RUNNING from when a worker takes
    /// it. Call it from the <c>run</c> given to <see cref="StartOrJoin"/>.
    /// </summary>
    public Task<T> RunOnWorkerAsync<T>(AnalysisJob job, Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(work);
        return Scheduler.RunAsync(job.Caller, token =>
        {
            lock (gate)
            {
                if (job.State == JobState.Queued)
                {
                    job.State = JobState.Running;
                    job.StartedAt = time.GetUtcNow();
                }
            }

            job.Activity?.AddEvent(new ActivityEvent("running"));
            return work(token);
        }, cancellationToken);
    }

    /// <summary>The job with this id, marked as seen (a poll); null when there is none or it was forgotten.</summary>
    public AnalysisJob? Poll(string id)
    {
        lock (gate)
        {
            if (!byId.TryGetValue(id, out var job))
            {
                return null;
            }

            job.LastSeen = time.GetUtcNow();
            return job;
        }
    }

    /// <summary>Every job remembered, the most recently queued first (for the backbone's job list).</summary>
    public IReadOnlyList<AnalysisJob> List()
    {
        lock (gate)
        {
            return [.. byId.Values.OrderByDescending(j => j.QueuedAt).ThenBy(j => j.Id, StringComparer.Ordinal)];
        }
    }

    /// <summary>
    /// Cancels a queued or running job: a queued one never runs, a running one is told to stop. A finished job is
    /// returned as it is.
    /// </summary>
    /// <param name="id">The job.</param>
    /// <param name="caller">Who asks (<c>Caller.PartitionKey</c>).</param>
    /// <param name="mayCancelAny">True for the backbone, who may cancel anybody's job.</param>
    /// <exception cref="NotFoundProblem">No job has this id (or it was forgotten).</exception>
    /// <exception cref="ForbiddenProblem">Somebody else started it and the caller is not the backbone.</exception>
    public AnalysisJob Cancel(string id, string caller, bool mayCancelAny)
    {
        AnalysisJob job;
        lock (gate)
        {
            if (!byId.TryGetValue(id, out job!))
            {
                throw NotFoundProblem.Id("analysis job", id);
            }

            if (!mayCancelAny && !string.Equals(job.Caller, caller, StringComparison.Ordinal))
            {
                throw new ForbiddenProblem($"The analysis job '{id}' was started by another caller; only they or the backbone may cancel it.");
            }

            job.LastSeen = time.GetUtcNow();
            if (job.IsFinal)
            {
                return job;
            }

            Finish(job, JobState.Cancelled, new OperationCanceledException("Cancelled by a caller (cancelJob)."), job.LastSeen);
        }

        job.Stop.Cancel();
        return job;
    }

    /// <summary>
    /// Stops jobs nobody asked about for <see cref="JobOptions.AbandonAfter"/> (EXPIRED) and forgets finished ones as long
    /// unseen. Runs on a timer every quarter of that (between 1 s and 1 min); callable at any time.
    /// </summary>
    public void Sweep()
    {
        var expired = new List<AnalysisJob>();
        lock (gate)
        {
            var now = time.GetUtcNow();
            foreach (var job in byId.Values.ToList())
            {
                var unseen = now - (job.FinishedAt is { } end && end > job.LastSeen ? end : job.LastSeen);
                if (unseen < settings.AbandonAfter)
                {
                    continue;
                }

                if (job.IsFinal)
                {
                    Forget(job);
                }
                else
                {
                    Finish(job, JobState.Expired, new OperationCanceledException(
                        $"Nobody asked about this job for {settings.AbandonAfter.TotalSeconds:0} s (Jobs:AbandonAfter); it was stopped."), now);
                    expired.Add(job);
                }
            }
        }

        foreach (var job in expired)
        {
            LogExpired(logger, job.Id, job.Analysis);
            job.Stop.Cancel();
        }
    }

    /// <summary>The jobs by state and the counters since the start.</summary>
    public JobsSnapshot Snapshot()
    {
        lock (gate)
        {
            var byState = Enum.GetValues<JobState>().ToDictionary(s => s, _ => 0);
            foreach (var job in byId.Values)
            {
                byState[job.State]++;
            }

            return new JobsSnapshot(settings.Workers, settings.MaxQueued, byState, started,
                Enum.GetValues<JobState>().Where(s => s >= JobState.Succeeded).ToDictionary(s => s, s => finishedCounts.GetValueOrDefault(s)),
                rejected);
        }
    }

    /// <summary>Stops every queued or running job and the job workers.</summary>
    public void Dispose()
    {
        List<AnalysisJob> active;
        lock (gate)
        {
            if (stopping)
            {
                return;
            }

            stopping = true;
            active = [.. byId.Values.Where(j => !j.IsFinal)];
            foreach (var job in active)
            {
                Finish(job, JobState.Cancelled, new OperationCanceledException("The service is stopping."), time.GetUtcNow());
            }
        }

        sweeper.Dispose();
        foreach (var job in active)
        {
            job.Stop.Cancel();
        }

        Scheduler.Dispose();
    }

    /// <summary>The work ended: its outcome, unless a cancel or an expiry already decided the state.</summary>
    private void Completed(AnalysisJob job, Task<object?> task)
    {
        lock (gate)
        {
            if (job.IsFinal)
            {
                return;
            }

            var now = time.GetUtcNow();
            if (task.IsCompletedSuccessfully)
            {
                job.Result = task.Result;
                job.Complete();
                Finish(job, JobState.Succeeded, null, now);
            }
            else if (task.IsCanceled)
            {
                Finish(job, JobState.Cancelled, new OperationCanceledException("The job's computation was cancelled."), now);
            }
            else
            {
                var error = task.Exception!.InnerExceptions.Count == 1 ? task.Exception.InnerException! : task.Exception;
                Finish(job, JobState.Failed, error, now);
            }
        }
    }

    /// <summary>Under the lock: the final state, its span closed, and the job among the finished (the oldest forgotten past the cap).</summary>
    private void Finish(AnalysisJob job, JobState state, Exception? failure, DateTimeOffset now)
    {
        job.State = state;
        job.Failure = failure;
        job.FinishedAt = now;
        finishedCounts[state] = finishedCounts.GetValueOrDefault(state) + 1;
        if (job.Activity is { } span)
        {
            span.SetTag("cig.job.state", state.ToString());
            if (state != JobState.Succeeded)
            {
                span.SetStatus(ActivityStatusCode.Error, failure?.GetType().Name ?? state.ToString());
            }

            span.SetEndTime(now.UtcDateTime);
            span.Dispose();
            job.Activity = null;
        }

        finished.AddLast(job);
        while (finished.Count > settings.MaxFinished && finished.First is { } oldest)
        {
            Forget(oldest.Value);
        }
    }

    private void Forget(AnalysisJob job)
    {
        byId.Remove(job.Id);
        if (byKey.TryGetValue(job.Key.Value, out var current) && ReferenceEquals(current, job))
        {
            byKey.Remove(job.Key.Value);
        }

        finished.Remove(job);
    }

    /// <summary>
    /// Under the lock: a refusal whose retry time is the soonest any active job is expected to end (its estimate, or
    /// a minute when none has reported progress yet).
    /// </summary>
    private SchedulerRejectedException Rejection(RejectionReason reason, string messageFormat)
    {
        var now = time.GetUtcNow();
        var soonest = byId.Values.Select(j => j.EstimatedSecondsLeft(now)).Where(s => s is not null).Min() ?? 60;
        var retryAfter = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(soonest)));
        return new SchedulerRejectedException(reason, retryAfter, string.Format(System.Globalization.CultureInfo.InvariantCulture, messageFormat, (int)retryAfter.TotalSeconds));
    }

    /// <summary>The analysis and its parameters without the version: what a newer version's job supersedes.</summary>
    private static string Identity(AnalysisKey key) =>
        key.Analysis + "?" + string.Join('&', key.Parameters.Select(p => p.Key + "=" + p.Value));

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A root span per job (queued to final), outside the request's trace, which ends long before; the request's span is not changed.</summary>
    private static Activity? StartSpan(AnalysisJob job)
    {
        var previous = Activity.Current;
        var span = ApiTelemetry.Source.StartActivity($"job {job.Analysis}", ActivityKind.Internal, parentContext: default);
        Activity.Current = previous;
        span?.SetTag("cig.job.id", job.Id);
        span?.SetTag("cig.analysis", job.Analysis);
        span?.SetTag("cig.network.version", job.NetworkVersion);
        return span;
    }

    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Analysis job {JobId} ({Analysis}) expired: nobody asked about it for Jobs:AbandonAfter.")]
    private static partial void LogExpired(ILogger logger, string jobId, string analysis);

    /// <summary>The continuation's state: one allocation instead of a closure.</summary>
    private sealed record Completion(AnalysisJobs Jobs, AnalysisJob Job)
    {
        public void Run(Task<object?> task) => Jobs.Completed(Job, task);
    }
}
