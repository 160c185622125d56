using System.Diagnostics;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using Activity = CollectiveImpact.Graph.Store.Domain.Activity;

namespace CollectiveImpact.Graph.Store.Telemetry;

/// <summary>
/// Wraps the chosen adapter so every call of the storage port is one span and one latency measurement
/// (<see cref="StoreTelemetry"/>), in one place for both adapters rather than in each.
/// </summary>
/// <remarks>
/// The host wraps the registered store when it sets up observability, so <see cref="StoreServiceCollectionExtensions.AddNetworkStore"/>
/// keeps registering the adapter itself, and code that builds a store without a host gets it unwrapped.
/// </remarks>
/// <param name="inner">The adapter.</param>
public sealed class TracedNetworkStore(INetworkStore inner) : INetworkStore
{
    /// <summary>The adapter it wraps (what the startup report names).</summary>
    public INetworkStore Inner { get; } = inner;

    /// <summary>Which store it is: the <c>db.system.name</c> tag.</summary>
    private readonly string system = inner switch
    {
        Sqlite.SqliteNetworkStore => "sqlite",
        Neo4j.Neo4jNetworkStore => "neo4j",
        _ => "other",
    };

    public Task<long> GetVersionAsync(CancellationToken cancellationToken = default) =>
        ObserveAsync("get_version", Inner.GetVersionAsync, cancellationToken);

    public Task<NetworkSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken = default) =>
        ObserveAsync("read_snapshot", Inner.ReadSnapshotAsync, cancellationToken);

    public Task<Initiative?> GetInitiativeAsync(CancellationToken cancellationToken = default) =>
        ObserveAsync("get_initiative", Inner.GetInitiativeAsync, cancellationToken);

    public Task<IReadOnlyList<INetworkNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ObserveAsync("get_nodes", token => Inner.GetNodesAsync(ids, token), cancellationToken);

    public Task<Page<Goal>> ListGoalsAsync(GoalFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ObserveAsync("list_goals", token => Inner.ListGoalsAsync(filter, page, token), cancellationToken);

    public Task<Page<Indicator>> ListIndicatorsAsync(IndicatorFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ObserveAsync("list_indicators", token => Inner.ListIndicatorsAsync(filter, page, token), cancellationToken);

    public Task<Page<Organization>> ListOrganizationsAsync(OrganizationFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ObserveAsync("list_organizations", token => Inner.ListOrganizationsAsync(filter, page, token), cancellationToken);

    public Task<Page<Person>> ListPeopleAsync(PersonFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ObserveAsync("list_people", token => Inner.ListPeopleAsync(filter, page, token), cancellationToken);

    public Task<Page<Activity>> ListActivitiesAsync(ActivityFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ObserveAsync("list_activities", token => Inner.ListActivitiesAsync(filter, page, token), cancellationToken);

    public Task<Page<Tie>> ListTiesAsync(TieFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        ObserveAsync("list_ties", token => Inner.ListTiesAsync(filter, page, token), cancellationToken);

    public Task<IReadOnlyList<Measurement>> ListMeasurementsAsync(IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken = default) =>
        ObserveAsync("list_measurements", token => Inner.ListMeasurementsAsync(indicatorIds, token), cancellationToken);

    public Task<WriteResult> WriteAsync(NetworkChange change, CancellationToken cancellationToken = default) =>
        ObserveAsync("write", token => Inner.WriteAsync(change, token), cancellationToken);

    private async Task<T> ObserveAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        // Nobody listening: straight through, without a timestamp or a tag list.
        if (!StoreTelemetry.Source.HasListeners() && !StoreTelemetry.OperationDuration.Enabled)
        {
            return await call(cancellationToken);
        }

        using var activity = StoreTelemetry.Source.StartActivity($"{system} {operation}", ActivityKind.Client);
        activity?.SetTag("db.system.name", system);
        activity?.SetTag("db.operation.name", operation);
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await call(cancellationToken);
            outcome = "ok";
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "cancelled";
            throw;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            activity?.SetTag("cig.outcome", outcome);
            StoreTelemetry.OperationDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("db.operation.name", operation),
                new KeyValuePair<string, object?>("db.system.name", system),
                new KeyValuePair<string, object?>("cig.outcome", outcome));
        }
    }
}
