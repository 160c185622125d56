using System.Diagnostics;
using System.Globalization;
using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Observability;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using CollectiveImpact.Graph.Api.Services.Snapshots;

namespace CollectiveImpact.Graph.Api.Services.Comparison;

/// <summary>
/// <c>compare(from, to)</c> (analyses.md §6; <see cref="NetworkComparison"/>): resolves each side, a date of the
/// stored network (<see cref="AsOfViews"/>, the same view every analysis of that date reads, with its memo) or a
/// snapshot (<see cref="SnapshotNetworks"/>), and computes the comparison on the scheduler's workers through the
/// analysis cache, keyed by both sides: the stored version and the date, or the snapshot's content hash and the date.
/// </summary>
/// <remarks>Scoped, like the request's lane.</remarks>
public sealed class CompareService(
    ProjectionProvider projections,
    AsOfViews views,
    SnapshotService snapshots,
    SnapshotNetworks snapshotNetworks,
    AnalysisCache cache,
    CacheStatsCollector stats,
    AnalysisLane lane,
    AnalysisMetrics metrics,
    TimeProvider time)
{
    public async Task<ComparisonRun> CompareAsync(CompareSide fromSide, CompareSide toSide, ComparisonOptions options, CancellationToken cancellationToken)
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
        return await cache.GetOrComputeAsync(key, token => new ValueTask<ComparisonRun>(ComputeAsync(from, to, stored, options, token)), stats, cancellationToken);
    }

    /// <summary>
    /// Loads both sides at once, measures each on a worker of its own at the same time (the costly part: each side's
    /// analyses), then compares; the span, time and allocation (every worker's part) recorded as every analysis's are.
    /// </summary>
    private async Task<ComparisonRun> ComputeAsync(Identified from, Identified to, ProjectedNetwork stored, ComparisonOptions options, CancellationToken cancellationToken)
    {
        using var activity = ApiTelemetry.Source.StartActivity("compute compare");
        var started = Stopwatch.GetTimestamp();
        long allocated = 0;
        var outcome = "error";
        try
        {
            // Both awaited together, so a failure of one never leaves the other's unobserved.
            var sides = await Task.WhenAll(LoadAsync(from, stored, cancellationToken), LoadAsync(to, stored, cancellationToken));
            var (before, after) = (sides[0], sides[1]);
            var measuringBefore = lane.RunAsync(t => Counted(ref allocated, () => NetworkComparison.Measure(before.Side(), options, lane.ParallelismPerAnalysis, t)), cancellationToken);
            var measuringAfter = ReferenceEquals(before.Network, after.Network)
                ? measuringBefore
                : lane.RunAsync(t => Counted(ref allocated, () => NetworkComparison.Measure(after.Side(), options, lane.ParallelismPerAnalysis, t)), cancellationToken);
            var measured = await Task.WhenAll(measuringBefore, measuringAfter);
            var (measuredBefore, measuredAfter) = (measured[0], measured[1]);
            var change = await lane.RunAsync(
                t => Counted(ref allocated, () => NetworkComparison.Compare(before.Side(), after.Side(), measuredBefore, measuredAfter, options, t)), cancellationToken);
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
    private async Task<Resolved> LoadAsync(Identified side, ProjectedNetwork stored, CancellationToken cancellationToken)
    {
        if (side.Info.Snapshot is not { } name)
        {
            return new Resolved(side.Info, await views.ViewAsync(stored, side.Info.Date, lane.CallerKey, cancellationToken), Snapshot: false);
        }

        var found = await snapshots.ReadAsync(name, cancellationToken)
            ?? throw new NotFoundProblem($"No snapshot is named '{name}' any more.");
        return new Resolved(side.Info, await lane.RunAsync(_ => snapshotNetworks.Get(found, side.Info.Date), cancellationToken), Snapshot: true);
    }

    private static string Written(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private sealed record Identified(string Key, ComparedSideInfo Info);

    private sealed record Resolved(ComparedSideInfo Info, ProjectedNetwork Network, bool Snapshot)
    {
        public ComparisonSide Side() =>
            new(Info.Label, Info.Date, Network.Network, Network.Projections.Organizations, Network.Memo, Snapshot);
    }
}
