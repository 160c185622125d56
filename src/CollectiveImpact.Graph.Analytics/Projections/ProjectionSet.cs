using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// The three projections of one network version, each built on first use and then shared: keep one per version, and
/// every analysis of that version reuses the same graphs. Safe to use from many threads (each projection is built once,
/// under <see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>; a network that cannot be projected throws the same
/// error on every use). The id index and reference checks are done once for all three.
/// </summary>
public sealed class ProjectionSet
{
    private readonly Lazy<NetworkProjection> full;
    private readonly Lazy<NetworkProjection> organizations;
    private readonly Lazy<NetworkProjection> people;

    public ProjectionSet(NetworkSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        var index = new Lazy<NetworkIndex>(() => NetworkIndex.Build(snapshot.Network), LazyThreadSafetyMode.ExecutionAndPublication);
        full = Build(ProjectionKind.Full);
        organizations = Build(ProjectionKind.Organizations);
        people = Build(ProjectionKind.People);

        Lazy<NetworkProjection> Build(ProjectionKind kind) =>
            new(() => NetworkProjector.ProjectIndexed(snapshot.Network, kind, index.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public NetworkSnapshot Snapshot { get; }

    public long Version => Snapshot.Version;

    public NetworkProjection Full => full.Value;

    public NetworkProjection Organizations => organizations.Value;

    public NetworkProjection People => people.Value;

    public NetworkProjection Get(ProjectionKind kind) => kind switch
    {
        ProjectionKind.Full => Full,
        ProjectionKind.Organizations => Organizations,
        ProjectionKind.People => People,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown projection."),
    };

    /// <summary>Whether the projection has been built yet (for diagnostics and tests).</summary>
    public bool IsBuilt(ProjectionKind kind) => kind switch
    {
        ProjectionKind.Full => full.IsValueCreated,
        ProjectionKind.Organizations => organizations.IsValueCreated,
        ProjectionKind.People => people.IsValueCreated,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown projection."),
    };
}
