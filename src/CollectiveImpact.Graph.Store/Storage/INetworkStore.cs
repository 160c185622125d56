using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>
/// The storage port: what the service needs from wherever an initiative's network is kept (SQLite embedded,
/// Neo4j in production). Every implementation passes the storage contract suite in the tests.
/// </summary>
/// <remarks>
/// Reads return domain records. Lists are keyset-paginated in id order (ties in key order); <see cref="PageRequest.All"/>
/// asks for everything, which is what batch loaders use. Every write goes through <see cref="WriteAsync"/>: it is
/// validated whole against the stored network, applied in one transaction, and bumps <see cref="GetVersionAsync"/>.
/// </remarks>
public interface INetworkStore
{
    /// <summary>The network version: 0 for a store never written, then one more for each write.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>The whole network and its version, read consistently (no write lands half-way through).</summary>
    Task<NetworkSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken = default);

    Task<Initiative?> GetInitiativeAsync(CancellationToken cancellationToken = default);

    /// <summary>The nodes (of any kind) with these ids; ids that name nothing are left out.</summary>
    Task<IReadOnlyList<INetworkNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    Task<Page<Goal>> ListGoalsAsync(GoalFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<Indicator>> ListIndicatorsAsync(IndicatorFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<Organization>> ListOrganizationsAsync(OrganizationFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<Person>> ListPeopleAsync(PersonFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<Activity>> ListActivitiesAsync(ActivityFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<Tie>> ListTiesAsync(TieFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The measurements of these indicators, ordered by indicator then date.</summary>
    Task<IReadOnlyList<Measurement>> ListMeasurementsAsync(IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates <paramref name="change"/> against the stored network and applies it atomically.
    /// </summary>
    /// <exception cref="Validation.NetworkValidationException">The change breaks a rule; nothing was written.</exception>
    Task<WriteResult> WriteAsync(NetworkChange change, CancellationToken cancellationToken = default);
}
