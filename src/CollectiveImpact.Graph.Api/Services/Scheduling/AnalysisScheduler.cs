using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Services.Scheduling;

/// <summary>
/// The one way CPU-heavy work runs: on a bounded pool of dedicated worker threads (never the ThreadPool, so Kestrel,
/// health checks, lists, lookups and cached results never wait behind analyses), from a bounded queue, overall and per
/// caller, taken round-robin across callers so one caller's backlog never starves another's.
/// </summary>
/// <remarks>
/// <para><b>Bounded.</b> What cannot be queued — the queue or the caller's share is full, or the work ahead would keep
/// it waiting past <see cref="SchedulerOptions.MaxQueueWait"/> — fails at once with <see cref="SchedulerRejectedException"/>, whose
/// <see cref="SchedulerRejectedException.RetryAfter"/> is the work ahead (queued and running, the caller's own for its
/// share) times the recent mean computation time, over the workers.</para>
/// <para><b>Cancellable.</b> The waiter's token is the work's life: cancelled while queued, the item is dropped without
/// running; cancelled while running, the work's token is cancelled and the waiter released at once, while the worker
/// stays busy until the work returns (a measure that observes its token returns promptly). Joining identical requests
/// happens before the scheduler (the analysis cache), whose token is cancelled only when every joined waiter left.</para>
/// <para><b>Observable.</b> <see cref="Snapshot"/> counts running, queued, rejected by reason, dropped and stopped
/// items, and keeps the largest overrun: how long a computation went on after nobody waited for it.</para>
/// </remarks>
public sealed partial class AnalysisScheduler : IDisposable
{
    /// <summary>The mean computation time assumed until the first one finishes.</summary>
    internal static readonly TimeSpan InitialMeanCompute = TimeSpan.FromSeconds(1);

    /// <summary>How much a finished computation moves the mean: recent ones count most.</summary>
    private const double MeanWeight = 0.3;

    private readonly object gate = new();
    private readonly Dictionary<string, LinkedList<ScheduledItem>> queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> runningByCaller = new(StringComparer.Ordinal);

    /// <summary>Callers with queued items, the next to be served first.</summary>
    private readonly LinkedList<string> turns = new();

    private readonly SchedulerOptions settings;
    private readonly TimeProvider time;
    private readonly ILogger<AnalysisScheduler> logger;
    private readonly Thread[] threads;

    private int queued;
    private int running;
    private long completed;
    private long droppedBeforeStart;
    private long stoppedWhileRunning;
    private long rejectedQueueFull;
    private long rejectedWaitTooLong;
    private long rejectedCallerShare;
    private double meanComputeSeconds = InitialMeanCompute.TotalSeconds;
    private TimeSpan maxOverrun;
    private bool stopping;

    public AnalysisScheduler(IOptions<SchedulerOptions> options, TimeProvider time, ILogger<AnalysisScheduler> logger)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value, "analysis-worker", ThreadPriority.Normal, time, logger)
    {
    }

    /// <summary>
    /// A second class of scheduler work with a pool of its own: background jobs (<c>Services/Jobs/AnalysisJobs</c>) run on
    /// workers named <paramref name="threadName"/> at <paramref name="priority"/>, so request-time analyses keep theirs.
    /// </summary>
    internal AnalysisScheduler(SchedulerOptions settings, string threadName, ThreadPriority priority, TimeProvider time, ILogger<AnalysisScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
        this.time = time;
        this.logger = logger;
        Workers = settings.EffectiveWorkers;
        threads = new Thread[Workers];
        for (var i = 0; i < Workers; i++)
        {
            threads[i] = new Thread(Work) { IsBackground = true, Name = $"{threadName}-{i + 1}", Priority = priority };
            threads[i].Start();
        }
    }

    /// <summary>The dedicated worker threads: at most this many analyses run at once.</summary>
    public int Workers { get; }

    /// <summary>
    /// The degree of parallelism one analysis may use inside its computation: 1, so analyses together never use more
    /// cores than <see cref="Workers"/> and the remaining core stays with the request threads.
    /// </summary>
    public int ParallelismPerAnalysis => 1;

    /// <summary>
    /// Queues <paramref name="work"/> for <paramref name="caller"/> and returns its result once a worker ran it.
    /// </summary>
    /// <param name="caller">Whose share of the queue it takes (<c>Caller.PartitionKey</c>).</param>
    /// <param name="work">CPU-bound work; its token is cancelled when nobody waits any more, and it should stop then.</param>
    /// <param name="cancellationToken">The waiter's: cancelled before the work starts, it never runs; cancelled while it
    /// runs, the work is told to stop and the returned task is cancelled at once.</param>
    /// <returns>The work's result; faulted at once with <see cref="SchedulerRejectedException"/> when the queue, or the
    /// caller's share of it, is full.</returns>
    public Task<T> RunAsync<T>(string caller, Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(work);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        TaskCompletionSource<T> completion;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(stopping, this);
            var own = queues.GetValueOrDefault(caller);
            if ((own?.Count ?? 0) >= settings.MaxQueuedPerCaller)
            {
                rejectedCallerShare++;
                return Task.FromException<T>(Rejection(RejectionReason.CallerShareFull, CallerRetryAfter(caller)));
            }

            if (queued >= settings.MaxQueued)
            {
                rejectedQueueFull++;
                return Task.FromException<T>(Rejection(RejectionReason.QueueFull, QueueRetryAfter()));
            }

            if (queued > 0 && QueueRetryAfter() >= settings.MaxQueueWait)
            {
                rejectedWaitTooLong++;
                return Task.FromException<T>(Rejection(RejectionReason.WaitTooLong, QueueRetryAfter()));
            }

            completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            var result = completion;
            var item = new ScheduledItem(
                caller,
                token => result.TrySetResult(work(token)),
                error => result.TrySetException(error),
                () => result.TrySetCanceled(cancellationToken));
            if (own is null)
            {
                own = new LinkedList<ScheduledItem>();
                queues[caller] = own;
                turns.AddLast(caller);
            }

            item.Node = own.AddLast(item);
            queued++;
            // Registered under the lock, so no worker can take the item before it is; a token cancelled meanwhile runs
            // the callback here, on this thread, which may take the lock again.
            item.Registration = cancellationToken.Register(static state => ((Cancellation)state!).Run(), new Cancellation(this, item));
            Monitor.Pulse(gate);
        }

        return completion.Task;
    }

    /// <summary>The counters and the largest overrun, for <c>/readyz</c> and the load script.</summary>
    public SchedulerSnapshot Snapshot()
    {
        lock (gate)
        {
            return new SchedulerSnapshot(
                Workers, running, queued, settings.MaxQueued, settings.MaxQueuedPerCaller, completed, droppedBeforeStart,
                stoppedWhileRunning, rejectedQueueFull, rejectedWaitTooLong, rejectedCallerShare, TimeSpan.FromSeconds(meanComputeSeconds), maxOverrun);
        }
    }

    /// <summary>Stops taking work: queued items are cancelled; each worker ends once its current item returns.</summary>
    public void Dispose()
    {
        List<ScheduledItem> abandoned;
        lock (gate)
        {
            if (stopping)
            {
                return;
            }

            stopping = true;
            abandoned = [.. queues.Values.SelectMany(q => q)];
            foreach (var item in abandoned)
            {
                item.State = ScheduledItemState.Dropped;
            }

            queues.Clear();
            turns.Clear();
            queued = 0;
            Monitor.PulseAll(gate);
        }

        foreach (var item in abandoned)
        {
            item.Registration.Dispose();
            item.Cancel();
        }
    }

    private void Work()
    {
        while (true)
        {
            ScheduledItem item;
            lock (gate)
            {
                ScheduledItem? next;
                while (!TryTakeNext(out next))
                {
                    if (stopping)
                    {
                        return;
                    }

                    Monitor.Wait(gate);
                }

                item = next!;
                item.State = ScheduledItemState.Running;
                running++;
                runningByCaller[item.Caller] = runningByCaller.GetValueOrDefault(item.Caller) + 1;
            }

            Run(item);
        }
    }

    private void Run(ScheduledItem item)
    {
        var started = time.GetTimestamp();
        Exception? failure = null;
        var finished = false;
        try
        {
            item.Execute(item.Stop.Token);
            finished = true;
        }
        catch (OperationCanceledException) when (item.Stop.IsCancellationRequested)
        {
            // It stopped because it was told to.
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        var ended = time.GetTimestamp();
        // Waits for a cancellation callback under way, so the item's stop token is no longer touched after this.
        item.Registration.Dispose();
        TimeSpan? overrun = null;
        lock (gate)
        {
            running--;
            if (--runningByCaller[item.Caller] == 0)
            {
                runningByCaller.Remove(item.Caller);
            }

            item.State = ScheduledItemState.Finished;
            if (item.StopRequestedAt is { } stopRequested)
            {
                stoppedWhileRunning++;
                overrun = time.GetElapsedTime(stopRequested, ended);
                if (overrun > maxOverrun)
                {
                    maxOverrun = overrun.Value;
                }
            }
            else
            {
                completed++;
                meanComputeSeconds += MeanWeight * (time.GetElapsedTime(started, ended).TotalSeconds - meanComputeSeconds);
            }
        }

        item.Stop.Dispose();
        if (overrun is { } late)
        {
            LogOverrun(logger, item.Caller, late.TotalMilliseconds);
        }

        if (failure is not null)
        {
            item.Fail(failure);
        }
        else if (!finished)
        {
            item.Cancel();
        }
    }

    /// <summary>The first queued item of the caller whose turn it is; that caller goes to the back of the turns.</summary>
    private bool TryTakeNext(out ScheduledItem? item)
    {
        item = null;
        if (turns.First is not { } turn)
        {
            return false;
        }

        var caller = turn.Value;
        var own = queues[caller];
        item = own.First!.Value;
        own.RemoveFirst();
        item.Node = null;
        queued--;
        turns.RemoveFirst();
        if (own.Count == 0)
        {
            queues.Remove(caller);
        }
        else
        {
            turns.AddLast(turn);
        }

        return true;
    }

    /// <summary>Nobody waits for <paramref name="item"/> any more: drop it if queued, tell it to stop if running.</summary>
    private void Abandon(ScheduledItem item)
    {
        bool stop;
        lock (gate)
        {
            switch (item.State)
            {
                case ScheduledItemState.Queued:
                    var own = queues[item.Caller];
                    own.Remove(item.Node!);
                    item.Node = null;
                    queued--;
                    if (own.Count == 0)
                    {
                        queues.Remove(item.Caller);
                        turns.Remove(item.Caller);
                    }

                    item.State = ScheduledItemState.Dropped;
                    droppedBeforeStart++;
                    stop = false;
                    break;
                case ScheduledItemState.Running:
                    item.StopRequestedAt = time.GetTimestamp();
                    stop = true;
                    break;
                default:
                    return;
            }
        }

        if (stop)
        {
            item.Stop.Cancel();
        }

        item.Cancel();
    }

    private TimeSpan QueueRetryAfter() => Estimate(queued + running, 1);

    /// <summary>
    /// The caller's own backlog, served at its fair share of the workers (one turn in as many as there are callers
    /// with work), and never more than the whole backlog takes.
    /// </summary>
    private TimeSpan CallerRetryAfter(string caller)
    {
        var own = queues.GetValueOrDefault(caller)?.Count ?? 0;
        var callers = Math.Max(1, queues.Count);
        var estimate = Estimate(own + runningByCaller.GetValueOrDefault(caller), callers);
        var whole = QueueRetryAfter();
        return estimate < whole ? estimate : whole;
    }

    private TimeSpan Estimate(int itemsAhead, int share) =>
        TimeSpan.FromSeconds(Math.Max(1, itemsAhead) * meanComputeSeconds * share / Workers);

    private SchedulerRejectedException Rejection(RejectionReason reason, TimeSpan retryAfter)
    {
        var exception = new SchedulerRejectedException(reason, retryAfter, reason switch
        {
            RejectionReason.CallerShareFull =>
                $"This caller already has {settings.MaxQueuedPerCaller} analyses waiting (Scheduler:MaxQueuedPerCaller); retry after about {SecondsOf(retryAfter)} s.",
            RejectionReason.WaitTooLong =>
                $"The service is busy: the {queued + running} analyses ahead would keep this one waiting about {SecondsOf(retryAfter)} s, longer than it may wait (Scheduler:MaxQueueWait, {settings.MaxQueueWait.TotalSeconds:0} s); retry after about {SecondsOf(retryAfter)} s.",
            _ => $"The service is busy: {queued} analyses are waiting for {Workers} worker(s) (Scheduler:MaxQueued); retry after about {SecondsOf(retryAfter)} s.",
        });
        LogRejected(logger, reason, exception.RetryAfterSeconds);
        return exception;
    }

    private static int SecondsOf(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds));

    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "An analysis was refused ({Reason}); Retry-After {RetryAfterSeconds} s.")]
    private static partial void LogRejected(ILogger logger, RejectionReason reason, int retryAfterSeconds);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information,
        Message = "An analysis of {Caller} ran {OverrunMs:0} ms after nobody waited for it any more.")]
    private static partial void LogOverrun(ILogger logger, string caller, double overrunMs);

    /// <summary>The registration's state: one allocation instead of a closure per item.</summary>
    private sealed record Cancellation(AnalysisScheduler Scheduler, ScheduledItem Item)
    {
        public void Run() => Scheduler.Abandon(Item);
    }
}
