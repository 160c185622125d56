using CollectiveImpact.Graph.Api.Observability;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// The one place a network version and a date become the network as of that date (<see cref="TimeRule.AsOf"/>) with
/// its projections: what every analysis, the network map and the export read when asked for a date.
/// </summary>
/// <remarks>
/// <para><b>Fast path.</b> When nothing in the version is excluded on the date (<see cref="TimeBoundaries.ExcludesNothingOn"/>,
/// from the version's boundary dates computed once), the view <i>is</i> the stored version: the same
/// <see cref="ProjectedNetwork"/>, its projections shared and updated in place by later writes as before. A network
/// without dates in play never pays for time.</para>
/// <para><b>Otherwise</b> the filtered network is built on <see cref="AnalysisScheduler"/>'s workers (it is O(N + E)),
/// once per (version, period): dates in the same <see cref="TimeBoundaries.PeriodOf"/> period share one view, since
/// they count exactly the same entries. Views are kept in a least-recently-used list of <see cref="Capacity"/>
/// entries, and a view of an older version is dropped as soon as a newer version is asked for: each view is at most
/// as large as its stored version, so memory stays within a few copies of the network. Concurrent requests for the
/// same view wait for one build. A view of a new version is made from the previous version's view of the same period,
/// so its projections carry over or are updated in place where the write allows (<see cref="Analytics.Projections.ProjectionSet"/>),
/// as the stored version's are.</para>
/// </remarks>
public sealed class AsOfViews(AnalysisScheduler scheduler, TimeProvider time)
{
    /// <summary>How many as-of views (of dates that exclude something) are kept.</summary>
    public const int Capacity = 4;

    private readonly Lock gate = new();
    private readonly LinkedList<Entry> recent = [];

    /// <summary>How many views were built (not found kept): for tests and the trace.</summary>
    public int Built { get; private set; }

    /// <summary>Today, as the API reads it: its clock's UTC date (the default of every <c>asOf</c>).</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The stored network (<paramref name="projections"/>' current one) as of <paramref name="date"/>, for the service's
    /// own reads (the map, lists, exports): built, when not kept, on the scheduler's internal lane.
    /// </summary>
    public async Task<ProjectedNetwork> StoredAsOfAsync(ProjectionProvider projections, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projections);
        return await ViewAsync(await projections.CurrentAsync(cancellationToken), date, AnalysisLane.InternalCaller, cancellationToken);
    }

    /// <summary>
    /// <paramref name="stored"/> as of <paramref name="date"/>: itself when the date excludes nothing, else the
    /// filtered network of the date's period, built on the scheduler for <paramref name="caller"/> when not kept.
    /// </summary>
    public async Task<ProjectedNetwork> ViewAsync(ProjectedNetwork stored, DateOnly date, string caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (IsStored(stored, date))
        {
            return stored;
        }

        var period = stored.Boundaries.PeriodOf(date);
        // A build cancelled by the request that started it is retried for a request still waiting.
        while (true)
        {
            var entry = EntryOf(stored, period, caller, cancellationToken);
            try
            {
                return await entry.View.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Forget(entry);
            }
            catch
            {
                Forget(entry);
                throw;
            }
        }
    }

    /// <summary>Whether the view of <paramref name="date"/> is <paramref name="stored"/> itself (the fast path).</summary>
    public static bool IsStored(ProjectedNetwork stored, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.Boundaries.ExcludesNothingOn(date);
    }

    private Entry EntryOf(ProjectedNetwork stored, DateOnly period, string caller, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            ProjectedNetwork? previous = null;
            for (var node = recent.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Version < stored.Version)
                {
                    // An older version's view of the same period (else the most recent one) lets the new view carry
                    // over the projections the write left alone, or update them in place, as the stored version does.
                    if (node.Value.View.IsCompletedSuccessfully && (previous is null || node.Value.Period == period))
                    {
                        previous = node.Value.View.Result;
                    }

                    recent.Remove(node);
                }
                else if (ReferenceEquals(node.Value.Stored, stored) && node.Value.Period == period)
                {
                    recent.Remove(node);
                    recent.AddFirst(node);
                    return node.Value;
                }

                node = next;
            }

            var entry = new Entry(stored, period, Build(stored, period, previous, caller, cancellationToken));
            recent.AddFirst(entry);
            while (recent.Count > Capacity)
            {
                recent.RemoveLast();
            }

            Built++;
            return entry;
        }
    }

    private Task<ProjectedNetwork> Build(
        ProjectedNetwork stored, DateOnly period, ProjectedNetwork? previous, string caller, CancellationToken cancellationToken) =>
        scheduler.RunAsync(
            caller,
            _ =>
            {
                using var activity = ApiTelemetry.Source.StartActivity("as-of view build");
                activity?.SetTag("cig.network.version", stored.Version);
                activity?.SetTag("cig.asof.period", period.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                // The period's first day stands for every date of the period: they count the same entries.
                // TimeRule.AsOf keeps the entries it does not change as the same instances, so comparing with the previous
                // view costs what comparing two stored versions does (ProjectionDelta).
                return new ProjectedNetwork(new NetworkSnapshot(stored.Version, TimeRule.AsOf(stored.Network, period)), previous);
            },
            cancellationToken);

    private void Forget(Entry entry)
    {
        lock (gate)
        {
            recent.Remove(entry);
        }
    }

    /// <summary>One kept view: of exactly this stored network (not only its version number, so a network that is not
    /// the store's current one, a snapshot say, never meets another's view).</summary>
    private sealed record Entry(ProjectedNetwork Stored, DateOnly Period, Task<ProjectedNetwork> View)
    {
        public long Version => Stored.Version;
    }
}
