using System.Diagnostics;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Observability;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Jobs;
using CollectiveImpact.Graph.Api.Services.Scheduling;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// Runs every analysis, through one method so the cache wraps them all in one place: takes the current version's
/// projections from <see cref="ProjectionProvider"/> (shared, never rebuilt per request), checks the parameters, and
/// returns the result from <see cref="AnalysisCache"/> or computes it on <see cref="AnalysisScheduler"/>'s workers in
/// the request's <see cref="AnalysisLane"/>, with its parameters, version and the time it was computed.
/// </summary>
/// <remarks>
/// The cache key is the analysis's name, its <see cref="IAnalysis{TResult}.KeyParameters"/> and the fingerprint of what
/// it reads (<see cref="AnalysisReads"/>; the version read for an analysis that declares none), so a write makes
/// unreachable exactly the results whose input it changed. A result served from the cache says the version it was
/// computed at, which may be older than the current one. Invalid parameters fail before the cache is asked; failed
/// computations are not cached. Scoped: one per request, like its lane. A cached result never reaches the scheduler;
/// only the cache's compute callback is scheduled. Each lookup is recorded in the request's <see cref="CacheStatsCollector"/>.
/// Each run is one span (<c>analysis {name}</c>, tagged with the
/// projection, its size, the cache level, the time queued and the outcome); a computation adds a child span on the worker.
/// Long analyses (given a <see cref="JobRoute{TResult}"/>) run as background jobs of <see cref="AnalysisJobs"/> instead: the same
/// key, the same cache, computed on the jobs' own workers with progress reported to the job.
/// </remarks>
public sealed class AnalysisRunner(
    ProjectionProvider projections, AnalysisCache cache, CacheStatsCollector stats, AnalysisLane lane, TimeProvider time, AnalysisMetrics metrics,
    AnalysisJobs jobs, AsOfViews views)
{
    /// <summary>The date an analysis reads the network as of when none is asked for: today (UTC).</summary>
    public DateOnly Today => views.Today;

    /// <summary>As <see cref="RunAsync{TResult}(IAnalysis{TResult}, DateOnly?, JobRoute{TResult}?, CancellationToken)"/> as of today, in the request.</summary>
    public Task<AnalysisRun<TResult>> RunAsync<TResult>(IAnalysis<TResult> analysis, CancellationToken cancellationToken) =>
        RunAsync(analysis, asOf: null, route: null, cancellationToken);

    /// <summary>As <see cref="RunAsync{TResult}(IAnalysis{TResult}, DateOnly?, JobRoute{TResult}?, CancellationToken)"/> as of today.</summary>
    public Task<AnalysisRun<TResult>> RunAsync<TResult>(IAnalysis<TResult> analysis, JobRoute<TResult>? route, CancellationToken cancellationToken) =>
        RunAsync(analysis, asOf: null, route, cancellationToken);

    /// <summary>As <see cref="RunAsync{TResult}(IAnalysis{TResult}, DateOnly?, JobRoute{TResult}?, CancellationToken)"/>, in the request.</summary>
    public Task<AnalysisRun<TResult>> RunAsync<TResult>(IAnalysis<TResult> analysis, DateOnly? asOf, CancellationToken cancellationToken) =>
        RunAsync(analysis, asOf, route: null, cancellationToken);

    /// <summary>
    /// Runs <paramref name="analysis"/> on the network as of <paramref name="asOf"/> (today when null; <see cref="AsOfViews"/>:
    /// the stored version itself when the date excludes nothing) and says the date on the result. When <paramref name="route"/> says the
    /// analysis is too long for a request, it is started as a background job of <see cref="AnalysisJobs"/> (or joins the
    /// job already computing it) and the request answers at once with <see cref="JobRoute{TResult}.Answer"/>. The job
    /// computes through the cache with the same key, so its result serves every later request for this version, and a
    /// cached result comes back at once as a succeeded job.
    /// </summary>
    /// <exception cref="SchedulerRejectedException">The jobs' queue, or this caller's share of it, is full.</exception>
    public async Task<AnalysisRun<TResult>> RunAsync<TResult>(
        IAnalysis<TResult> analysis, DateOnly? asOf, JobRoute<TResult>? route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var date = asOf ?? views.Today;
        using var activity = ApiTelemetry.Source.StartActivity($"analysis {analysis.Name}");
        var projection = ProjectionOf(analysis);
        activity?.SetTag("cig.analysis", analysis.Name);
        activity?.SetTag("cig.projection", ProjectionLabel(projection));
        var computation = new Computation();
        // Named explicitly: neither the cache's fill nor the worker thread is sure to carry the request's context.
        var parent = activity?.Context ?? default;
        ProjectedNetwork? network = null;
        try
        {
            var stored = await projections.CurrentAsync(cancellationToken);
            network = await views.ViewAsync(stored, date, lane.CallerKey, cancellationToken);
            activity?.SetTag("cig.asof", date.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            analysis.Validate(network);
            var key = await KeyAsync(analysis, network, ReferenceEquals(network, stored) ? null : stored.Boundaries.PeriodOf(date), parent, cancellationToken);
            if (route is not null && route.RunsAsJob())
            {
                var start = StartJob(analysis, network, projection, key);
                stats.RecordJobAnswer();
                activity?.SetTag("cig.job.id", start.Job.Id);
                activity?.SetTag("cig.job.state", start.Job.State.ToString());
                Ran(activity, analysis.Name, network, projection, computation, TelemetryOutcome.Ok);
                return (await route.Answer(start)) with { AsOf = date };
            }

            var computed = await cache.GetOrComputeAsync(
                key, token => new ValueTask<ComputedAnalysis<TResult>>(ComputeAsync(analysis, network, projection, computation, parent, token)), stats, cancellationToken);
            Ran(activity, analysis.Name, network, projection, computation, TelemetryOutcome.Ok);
            return new AnalysisRun<TResult>(analysis, computed.NetworkVersion, computed.ComputedAt, computed.Value) { AsOf = date };
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            Ran(activity, analysis.Name, network, projection, computation, TelemetryOutcome.Of(ex));
            throw;
        }
    }

    /// <summary>Starts or joins the job computing <paramref name="key"/> through the cache, on the jobs' workers.</summary>
    private JobStart<TResult> StartJob<TResult>(IAnalysis<TResult> analysis, ProjectedNetwork network, ProjectionKind? projection, AnalysisKey key)
    {
        var job = jobs.StartOrJoin(key, analysis, lane.CallerKey, async (job, token) =>
            await cache.GetOrComputeAsync(
                key, t => new ValueTask<ComputedAnalysis<TResult>>(ComputeJobAsync(analysis, network, projection, job, t)), stats: null, token));
        return new JobStart<TResult>(network.Version, job);
    }

    /// <summary>On a job worker, confined to <see cref="AnalysisJobs.ThreadsPerJob"/> threads, reporting progress to the job.</summary>
    private async Task<ComputedAnalysis<TResult>> ComputeJobAsync<TResult>(
        IAnalysis<TResult> analysis, ProjectedNetwork network, ProjectionKind? projection, AnalysisJob job, CancellationToken cancellationToken)
    {
        var confined = analysis is IParallelAnalysis<TResult> parallel ? parallel.WithMaxDegreeOfParallelism(jobs.ThreadsPerJob) : analysis;
        var reporting = confined is IProgressAnalysis<TResult> progress ? progress.WithProgress(job) : confined;
        var queuedAt = Stopwatch.GetTimestamp();
        try
        {
            var value = await jobs.RunOnWorkerAsync(
                job, token => Compute(reporting, network, projection, new Computation(), job.Activity?.Context ?? default, queuedAt, token), cancellationToken);
            return new ComputedAnalysis<TResult>(network.Version, time.GetUtcNow(), value);
        }
        catch (PowerIterationFailedConvergenceException failed)
        {
            throw new AnalysisDidNotConvergeProblem(failed.Message);
        }
    }

    /// <summary>
    /// The cache key of a result, built here and only here, for both the request path and the job path: by the fingerprint of what the analysis reads (<see cref="AnalysisReads"/>), so a write that
    /// changed none of it finds the result cached; by version for an analysis that declares no reads. A fingerprint
    /// that needs a projection built is computed on the scheduler's workers, like the projection would be.
    /// </summary>
    /// <remarks>
    /// The date: a fingerprint is of the as-of view's own content, so two dates that count the same entries share a
    /// result, and a date that excludes nothing shares today's. A key by version carries the date's period
    /// (<paramref name="period"/>, <see cref="Store.Domain.TimeBoundaries.PeriodOf"/>: every date of it reads the same
    /// view) as <c>asOfPeriod</c>, absent for the stored version itself, so keys of networks without dates in play are as
    /// they were.
    /// </remarks>
    private async Task<AnalysisKey> KeyAsync<TResult>(
        IAnalysis<TResult> analysis, ProjectedNetwork network, DateOnly? period, ActivityContext parent, CancellationToken cancellationToken)
    {
        if (AnalysisReads.Of(analysis.Name, ProjectionOf(analysis)) is not { } reads)
        {
            var key = AnalysisKey.For(analysis.Name, network.Version, analysis.KeyParameters());
            return period is { } start ? key.With("asOfPeriod", start) : key;
        }

        var fingerprints = projections.FingerprintsOf(network);
        var fingerprint = fingerprints.IsReady(reads)
            ? fingerprints.Of(reads)
            : await lane.RunAsync(
                _ =>
                {
                    // Named explicitly: the worker thread does not carry the request's trace context.
                    using var activity = ApiTelemetry.Source.StartActivity($"fingerprint {analysis.Name}", ActivityKind.Internal, parent);
                    foreach (var kind in reads.Projections)
                    {
                        BuildProjection(network, kind);
                    }

                    return fingerprints.Of(reads);
                },
                cancellationToken);
        return AnalysisKey.For(analysis.Name, network.Version, fingerprint, analysis.KeyParameters());
    }

    // The cache cancels the token only when every request waiting for this result gave up; the scheduler then drops the
    // queued item, or cancels the running computation's token and records how long it ran on.
    private async Task<ComputedAnalysis<TResult>> ComputeAsync<TResult>(
        IAnalysis<TResult> analysis, ProjectedNetwork network, ProjectionKind? projection, Computation computation, ActivityContext parent,
        CancellationToken cancellationToken)
    {
        var queuedAt = Stopwatch.GetTimestamp();
        computation.Ran = true;
        try
        {
            // Parallel measures are confined to their worker, so analyses never take more cores than the scheduler has
            // workers and Parallel.For never borrows ThreadPool threads from the request path.
            var confined = analysis is IParallelAnalysis<TResult> parallel ? parallel.WithMaxDegreeOfParallelism(lane.ParallelismPerAnalysis) : analysis;
            var value = await lane.RunAsync(token => Compute(confined, network, projection, computation, parent, queuedAt, token), cancellationToken);
            return new ComputedAnalysis<TResult>(network.Version, time.GetUtcNow(), value);
        }
        catch (PowerIterationFailedConvergenceException failed)
        {
            throw new AnalysisDidNotConvergeProblem(failed.Message);
        }
    }

    /// <summary>On the worker: builds the projection (its own span when not built yet), then computes.</summary>
    private TResult Compute<TResult>(
        IAnalysis<TResult> analysis, ProjectedNetwork network, ProjectionKind? projection, Computation computation,
        ActivityContext parent, long queuedAt, CancellationToken token)
    {
        computation.Queued = Stopwatch.GetElapsedTime(queuedAt);
        metrics.Queued(analysis.Name, computation.Queued.Value);
        using var activity = ApiTelemetry.Source.StartActivity($"compute {analysis.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("cig.analysis", analysis.Name);
        activity?.SetTag("cig.scheduler.queued_ms", computation.Queued.Value.TotalMilliseconds);
        var started = Stopwatch.GetTimestamp();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var outcome = "error";
        try
        {
            BuildProjection(network, projection);
            var value = analysis.Compute(network, token);
            outcome = TelemetryOutcome.Ok;
            return value;
        }
        catch (Exception ex)
        {
            outcome = TelemetryOutcome.Of(ex);
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            // What this worker thread allocated (projection build included); a parallel measure's other threads are not counted.
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            activity?.SetTag("cig.analysis.allocated_bytes", allocated);
            metrics.Allocated(analysis.Name, ProjectionLabel(projection), allocated);
            metrics.Computed(analysis.Name, ProjectionLabel(projection), outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// Builds the projection before the measure asks for it, so its cost is a span of its own rather than hidden in the
    /// computation; the measure would build it anyway (once per version, shared).
    /// </summary>
    private static void BuildProjection(ProjectedNetwork network, ProjectionKind? projection)
    {
        if (projection is not { } kind || network.Projections.IsBuilt(kind))
        {
            return;
        }

        using var activity = ApiTelemetry.Source.StartActivity($"projection build {ProjectionLabel(kind)}");
        try
        {
            var graph = network.Projections.Get(kind).Graph;
            activity?.SetTag("cig.projection", ProjectionLabel(kind));
            activity?.SetTag("cig.projection.nodes", graph.NodeCount);
            activity?.SetTag("cig.projection.edges", graph.EdgeCount);
        }
        catch (Exception ex)
        {
            // A network that cannot be projected fails inside the measure as it always did, with the error it maps.
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
        }
    }

    private void Ran(Activity? activity, string name, ProjectedNetwork? network, ProjectionKind? projection, Computation computation, string outcome)
    {
        // CacheMetrics tags the span with the level a lookup was answered at; a run that computed was answered by none.
        var level = computation.Ran ? "none" : activity?.GetTagItem(CacheMetrics.LevelTag) as string ?? "none";
        metrics.Ran(name, level, outcome);
        if (activity is null)
        {
            return;
        }

        activity.SetTag(CacheMetrics.LevelTag, level);
        activity.SetTag("cig.outcome", outcome);
        if (computation.Queued is { } queued)
        {
            activity.SetTag("cig.scheduler.queued_ms", queued.TotalMilliseconds);
        }

        if (network is not null && projection is { } kind && network.Projections.IsBuilt(kind))
        {
            var graph = network.Projections.Get(kind).Graph;
            activity.SetTag("cig.projection.nodes", graph.NodeCount);
            activity.SetTag("cig.projection.edges", graph.EdgeCount);
        }
    }

    /// <summary>The projection an analysis names in its parameters; null for those that read the network or a fixed one.</summary>
    private static ProjectionKind? ProjectionOf<TResult>(IAnalysis<TResult> analysis) =>
        analysis.KeyParameters().FirstOrDefault(p => p.Key == "projection").Value as ProjectionKind?;

    private static string ProjectionLabel(ProjectionKind? projection) => projection switch
    {
        ProjectionKind.Organizations => "organizations",
        ProjectionKind.People => "people",
        ProjectionKind.Full => "full",
        _ => "none",
    };

    /// <summary>What this request's own computation did, when it ran one: written on the worker, read after its await.</summary>
    private sealed class Computation
    {
        public bool Ran { get; set; }

        public TimeSpan? Queued { get; set; }
    }
}
