using System.Diagnostics;
using System.Globalization;
using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Observability;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Jobs;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using CollectiveImpact.Graph.Api.Services.Snapshots;

namespace CollectiveImpact.Graph.Api.Services.Comparison;

/// <summary>
/// <c>compare(from, to)</c> (analyses.md §6; <see cref="NetworkComparison"/>): resolves each side, a date of the
/// stored network (<see cref="AsOfViews"/>, the same view every analysis of that date reads, with its memo) or a
/// snapshot (<see cref="SnapshotNetworks"/>), and computes the comparison on the scheduler's workers through the
/// analysis cache, keyed by both sides: the stored version and the date, or the snapshot's content hash and the date.
/// </summary>
/// <remarks>
/// Scoped, like the request's lane. A comparison too long for a request (the caller says so, from the cost model) runs
/// as a background job of <see cref="AnalysisJobs"/> instead, with the same key and cache, on the jobs' workers, its
/// progress reported as each side is loaded and measured: the answer then comes at once with the job and no result.
/// </remarks>
public sealed class CompareService(
    ProjectionProvider projections,
    AsOfViews views,
    SnapshotService snapshots,
    SnapshotNetworks snapshotNetworks,
    AnalysisCache cache,
    CacheStatsCollector stats,
    AnalysisLane lane,
    AnalysisJobs jobs,
    AnalysisMetrics metrics,
    TimeProvider time)
{
    /// <summary>
    /// The comparison of <paramref name="fromSide"/> with <paramref name="toSide"/>: from the cache, computed in the
    /// request, or, when <paramref name="runsAsJob"/> (asked once the current version is read, so the sizes a cost model
    /// reads are known) says it is too long for one, by a background job started or joined here: the answer then holds
    /// the job and, until it succeeds, no result.
    /// </summary>
    /// <exception cref="ArgumentProblem">A side names neither a date nor a snapshot, or <c>movers</c> is out of range.</exception>
    /// <exception cref="NotFoundProblem">No snapshot has the name a side gives.</exception>
    /// <exception cref="SchedulerRejectedException">The jobs' queue, or this caller's share of it, is full.</exception>
    public async Task<ComparisonRun> CompareAsync(
        CompareSide fromSide, CompareSide toSide, ComparisonOptions options, Func<bool>? runsAsJob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromSide);
        ArgumentNullException.ThrowIfNull(toSide);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Movers is < 0 or > 100)
        {
            throw new ArgumentProblem($"movers: {options.Movers} is out of range; give 0 to 100.");
        }

        using var activity = ApiTelemetry.Source.StartActivity("analysis compare");
        var stored = await projections.CurrentAsync(cancellationToken);
        // The key first, from what names each side (a date, or the snapshot's hash from the list): a cached comparison
        // then costs no view build and no snapshot read.
        var from = await IdentifyAsync("from", fromSide, stored, cancellationToken);
        var to = await IdentifyAsync("to", toSide, stored, cancellationToken);
        var key = AnalysisKey.For(
            "compare",
            stored.Version,
            [new("from", from.Key), new("to", to.Key), new("movers", options.Movers), new("seed", options.Seed)]);
        if (runsAsJob?.Invoke() == true)
        {
            stats.RecordJobAnswer();
            var job = jobs.StartOrJoin(key, options, lane.CallerKey, async (job, token) =>
                await cache.GetOrComputeAsync(
                    key, t => new ValueTask<ComparisonRun>(ComputeAsync(from, to, stored, options, new JobWorkers(jobs, job), job, t)), stats: null, token));
            activity?.SetTag("cig.job.id", job.Id);
            activity?.SetTag("cig.job.state", job.State.ToString());
            if (job.State == JobState.Succeeded && job.Result is ComparisonRun done)
            {
                // From the cache at once (no background job to show), or a job that has just succeeded.
                return job.StartedAt is null ? done : done with { Job = job };
            }

            return new ComparisonRun(from.Info, to.Info, options, ComputedAt: null, Result: null) { Job = job };
        }

        return await cache.GetOrComputeAsync(
            key, token => new ValueTask<ComparisonRun>(ComputeAsync(from, to, stored, options, new LaneWorkers(lane), progress: null, token)), stats, cancellationToken);
    }

    /// <summary>
    /// Loads both sides, measures each (the costly part: each side's analyses), then compares, on
    /// <paramref name="workers"/> (the request's lane, or a job's workers); the span, time and allocation (every worker's
    /// part) recorded as every analysis's are. <paramref name="progress"/> hears the fraction done: 5% once both sides
    /// are loaded, up to 95% as they are measured (each side its share), 100% once compared.
    /// </summary>
    private async Task<ComparisonRun> ComputeAsync(
        Identified from, Identified to, ProjectedNetwork stored, ComparisonOptions options, IWorkers workers, IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        using var activity = ApiTelemetry.Source.StartActivity("compute compare");
        var started = Stopwatch.GetTimestamp();
        long allocated = 0;
        var outcome = "error";
        try
        {
            // Both awaited together, so a failure of one never leaves the other's unobserved.
            var sides = await Task.WhenAll(LoadAsync(from, stored, workers, cancellationToken), LoadAsync(to, stored, workers, cancellationToken));
            var (before, after) = (sides[0], sides[1]);
            progress?.Report(0.05);
            var same = ReferenceEquals(before.Network, after.Network);
            var measuringBefore = workers.RunAsync(
                t => Counted(ref allocated, () => NetworkComparison.Measure(before.Side(), options, workers.Parallelism, Part(progress, 0.05, same ? 0.95 : 0.5), t)),
                cancellationToken);
            var measuringAfter = same
                ? measuringBefore
                : workers.RunAsync(
                    t => Counted(ref allocated, () => NetworkComparison.Measure(after.Side(), options, workers.Parallelism, Part(progress, 0.5, 0.95), t)),
                    cancellationToken);
            var measured = await Task.WhenAll(measuringBefore, measuringAfter);
            var (measuredBefore, measuredAfter) = (measured[0], measured[1]);
            var change = await workers.RunAsync(
                t => Counted(ref allocated, () => NetworkComparison.Compare(before.Side(), after.Side(), measuredBefore, measuredAfter, options, t)), cancellationToken);
            progress?.Report(1);
            outcome = TelemetryOutcome.Ok;
            return new ComparisonRun(before.Info, after.Info, options, time.GetUtcNow(), change);
        }
        catch (Exception ex)
        {
            outcome = TelemetryOutcome.Of(ex);
            throw;
        }
        finally
        {
            activity?.SetTag("cig.analysis.allocated_bytes", allocated);
            metrics.Allocated("compare", "organizations", allocated);
            metrics.Computed("compare", "organizations", outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>A part of <paramref name="progress"/>: its 0 to 1 reported as <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static IProgress<double>? Part(IProgress<double>? progress, double from, double to) =>
        progress is null ? null : new Progress(fraction => progress.Report(from + ((to - from) * fraction)));

    /// <summary>Runs <paramref name="work"/> on this thread and adds what it allocated here to <paramref name="total"/>.</summary>
    private static T Counted<T>(ref long total, Func<T> work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            return work();
        }
        finally
        {
            Interlocked.Add(ref total, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    /// <summary>What names a side: its key in the cache and what the result says of it; refuses a side that names nothing or an unknown snapshot.</summary>
    private async Task<Identified> IdentifyAsync(string argument, CompareSide side, ProjectedNetwork stored, CancellationToken cancellationToken)
    {
        if (side.Snapshot is not { } name)
        {
            var date = side.Date ?? throw new ArgumentProblem($"{argument}: give a date or a snapshot (by name).");
            return new Identified($"date:{date:O}", new ComparedSideInfo(Written(date), date, null, stored.Version));
        }

        var info = await snapshots.FindAsync(name, cancellationToken)
            ?? throw new NotFoundProblem($"{argument}: no snapshot is named '{name}'.");
        var day = side.Date ?? DateOnly.FromDateTime(info.CreatedAt.UtcDateTime);
        return new Identified($"snapshot:{info.Sha256}:{day:O}", new ComparedSideInfo(info.Name, day, info.Name, info.NetworkVersion));
    }

    /// <summary>The side's network: the stored one's view of the date, or the snapshot's document read back (on the scheduler).</summary>
    private async Task<Resolved> LoadAsync(Identified side, ProjectedNetwork stored, IWorkers workers, CancellationToken cancellationToken)
    {
        if (side.Info.Snapshot is not { } name)
        {
            return new Resolved(side.Info, await views.ViewAsync(stored, side.Info.Date, workers.Caller, cancellationToken), Snapshot: false);
        }

        var found = await snapshots.ReadAsync(name, cancellationToken)
            ?? throw new NotFoundProblem($"No snapshot is named '{name}' any more.");
        return new Resolved(side.Info, await workers.RunAsync(_ => snapshotNetworks.Get(found, side.Info.Date), cancellationToken), Snapshot: true);
    }

    private static string Written(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private sealed record Identified(string Key, ComparedSideInfo Info);

    /// <summary>Where a comparison's parts run: the request's lane, or a background job's workers.</summary>
    private interface IWorkers
    {
        /// <summary>Whose share of the scheduler's queue the work takes.</summary>
        string Caller { get; }

        /// <summary>The threads one part may use.</summary>
        int Parallelism { get; }

        Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken);
    }

    /// <summary>In the request: its lane, one part after another, each with the scheduler's parallelism per analysis.</summary>
    private sealed class LaneWorkers(AnalysisLane lane) : IWorkers
    {
        public string Caller => lane.CallerKey;

        public int Parallelism => lane.ParallelismPerAnalysis;

        public Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken) => lane.RunAsync(work, cancellationToken);
    }

    /// <summary>In a background job: on the jobs' workers, each part confined to its thread as every job's analysis is.</summary>
    private sealed class JobWorkers(AnalysisJobs jobs, AnalysisJob job) : IWorkers
    {
        public string Caller => job.Caller;

        public int Parallelism => 1;

        public Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken) => jobs.RunOnWorkerAsync(job, work, cancellationToken);
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the reporting thread (not posted to a synchronization context as <see cref="Progress{T}"/> is).</summary>
    private sealed class Progress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }

    private sealed record Resolved(ComparedSideInfo Info, ProjectedNetwork Network, bool Snapshot)
    {
        public ComparisonSide Side() =>
            new(Info.Label, Info.Date, Network.Network, Network.Projections.Organizations, Network.Memo, Snapshot);
    }
}
