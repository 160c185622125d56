using System.Collections.Concurrent;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>
/// Decorates the real store: counts every call by method (the N+1 test), and on request fails a list call or holds
/// a call until it is cancelled (the masking and cancellation tests). Everything else goes to the real store.
/// </summary>
public sealed class InstrumentedNetworkStore(INetworkStore inner) : INetworkStore
{
    private readonly ConcurrentDictionary<string, int> calls = new();

    /// <summary>When set, <see cref="ListGoalsAsync"/> throws it (an unexpected failure deep in a resolver).</summary>
    public Exception? FailListGoals { get; set; }

    /// <summary>When true, <see cref="GetVersionAsync"/> waits until its token is cancelled.</summary>
    public bool HoldGetVersion { get; set; }

    /// <summary>Completes when a held call has started waiting.</summary>
    public TaskCompletionSource<bool> HeldCallStarted { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with true when a held call saw its cancellation token fire.</summary>
    public TaskCompletionSource<bool> HeldCallCancelled { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int TotalCalls => calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => calls;

    public void Reset()
    {
        calls.Clear();
        FailListGoals = null;
        HoldGetVersion = false;
        HeldCallStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        HeldCallCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public async Task<long> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        Count(nameof(GetVersionAsync));
        if (HoldGetVersion)
        {
            try
            {
                HeldCallStarted.TrySetResult(true);
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                HeldCallCancelled.TrySetResult(true);
                throw;
            }
        }

        return await inner.GetVersionAsync(cancellationToken);
    }

    public Task<NetworkSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken = default) =>
        Counted(nameof(ReadSnapshotAsync), () => inner.ReadSnapshotAsync(cancellationToken));

    public Task<Initiative?> GetInitiativeAsync(CancellationToken cancellationToken = default) =>
        Counted(nameof(GetInitiativeAsync), () => inner.GetInitiativeAsync(cancellationToken));

    public Task<IReadOnlyList<INetworkNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Counted(nameof(GetNodesAsync), () => inner.GetNodesAsync(ids, cancellationToken));

    public Task<Page<Goal>> ListGoalsAsync(GoalFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        FailListGoals is { } failure
            ? throw failure
            : Counted(nameof(ListGoalsAsync), () => inner.ListGoalsAsync(filter, page, cancellationToken));

    public Task<Page<Indicator>> ListIndicatorsAsync(IndicatorFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Counted(nameof(ListIndicatorsAsync), () => inner.ListIndicatorsAsync(filter, page, cancellationToken));

    public Task<Page<Organization>> ListOrganizationsAsync(OrganizationFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Counted(nameof(ListOrganizationsAsync), () => inner.ListOrganizationsAsync(filter, page, cancellationToken));

    public Task<Page<Person>> ListPeopleAsync(PersonFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Counted(nameof(ListPeopleAsync), () => inner.ListPeopleAsync(filter, page, cancellationToken));

    public Task<Page<Activity>> ListActivitiesAsync(ActivityFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Counted(nameof(ListActivitiesAsync), () => inner.ListActivitiesAsync(filter, page, cancellationToken));

    public Task<Page<Tie>> ListTiesAsync(TieFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Counted(nameof(ListTiesAsync), () => inner.ListTiesAsync(filter, page, cancellationToken));

    public Task<IReadOnlyList<Measurement>> ListMeasurementsAsync(IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken = default) =>
        Counted(nameof(ListMeasurementsAsync), () => inner.ListMeasurementsAsync(indicatorIds, cancellationToken));

    public Task<WriteResult> WriteAsync(NetworkChange change, CancellationToken cancellationToken = default) =>
        Counted(nameof(WriteAsync), () => inner.WriteAsync(change, cancellationToken));

    private Task<T> Counted<T>(string method, Func<Task<T>> call)
    {
        Count(method);
        return call();
    }

    private void Count(string method) => calls.AddOrUpdate(method, 1, (_, n) => n + 1);
}
