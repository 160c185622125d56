using System.Globalization;
using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Observability;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using CollectiveImpact.Graph.Store.Storage;

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
    ISnapshotStore snapshots,
    SnapshotNetworks snapshotNetworks,
    AnalysisCache cache,
    CacheStatsCollector stats,
    AnalysisLane lane,
    TimeProvider time)
{
    public async Task<ComparisonRun> CompareAsync(CompareSide from, CompareSide to, ComparisonOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Movers is < 0 or > 100)
        {
            throw new ArgumentProblem($"movers: {options.Movers} is out of range; give 0 to 100.");
        }

        using var activity = ApiTelemetry.Source.StartActivity("analysis compare");
        var stored = await projections.CurrentAsync(cancellationToken);
        var before = await ResolveAsync("from", from, stored, cancellationToken);
        var after = await ResolveAsync("to", to, stored, cancellationToken);
        var key = AnalysisKey.For(
            "compare",
            stored.Version,
            [new("from", before.Key), new("to", after.Key), new("movers", options.Movers), new("seed", options.Seed)]);
        return await cache.GetOrComputeAsync(
            key,
            async token => await lane.RunAsync(
                t =>
                {
                    using var compute = ApiTelemetry.Source.StartActivity("compute compare");
                    var change = NetworkComparison.Compare(
                        before.Side(), after.Side(), options, lane.ParallelismPerAnalysis, t);
                    return new ComparisonRun(before.Info, after.Info, options, time.GetUtcNow(), change);
                },
                token),
            stats,
            cancellationToken);
    }

    private async Task<Resolved> ResolveAsync(string argument, CompareSide side, ProjectedNetwork stored, CancellationToken cancellationToken)
    {
        if (side.Snapshot is null && side.Date is null)
        {
            throw new ArgumentProblem($"{argument}: give a date or a snapshot (by name).");
        }

        if (side.Snapshot is not { } name)
        {
            var date = side.Date!.Value;
            var view = await views.ViewAsync(stored, date, lane.CallerKey, cancellationToken);
            return new Resolved(
                $"date:{date:O}", new ComparedSideInfo(Written(date), date, null, stored.Version), view, Snapshot: false);
        }

        var found = await snapshots.ReadAsync(name, cancellationToken)
            ?? throw new NotFoundProblem($"{argument}: no snapshot is named '{name}'.");
        var day = side.Date ?? DateOnly.FromDateTime(found.Info.CreatedAt.UtcDateTime);
        var network = await lane.RunAsync(_ => snapshotNetworks.Get(found, day), cancellationToken);
        return new Resolved(
            $"snapshot:{found.Info.Sha256}:{day:O}",
            new ComparedSideInfo(found.Info.Name, day, found.Info.Name, found.Info.NetworkVersion),
            network,
            Snapshot: true);
    }

    private static string Written(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private sealed record Resolved(string Key, ComparedSideInfo Info, ProjectedNetwork Network, bool Snapshot)
    {
        public ComparisonSide Side() =>
            new(Info.Label, Info.Date, Network.Network, Network.Projections.Organizations, Network.Memo, Snapshot);
    }
}
