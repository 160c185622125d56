using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// The three projections of one network version, each built on first use and then shared: keep one per version, and
/// every analysis of that version reuses the same graphs. Safe to use from many threads (each projection is built once,
/// under <see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>; a network that cannot be projected throws the same
/// error on every use). The id index and reference checks are done once for all three.
/// </summary>
/// <remarks>
/// Made from the previous version's set (<see cref="ProjectionSet(NetworkSnapshot, ProjectionSet?)"/>), a projection
/// the previous version had built carries over when the write in between left its content alone (the same object, so
/// its <see cref="NetworkProjection.Fingerprint"/> too), is updated in place when the write changed only node
/// names, sectors or community-led flags (same graph, new attribute arrays), or is patched when the write appended
/// nodes and added or removed ties (<see cref="ProjectionPatch"/>: the old edges renumbered with the changed
/// connections merged in); otherwise (a node deleted, an entry's references changed, a large write) it is built again
/// on first use.
/// <see cref="OriginOf"/> says which happened.
/// </remarks>
public sealed class ProjectionSet
{
    private readonly Lazy<NetworkProjection> full;
    private readonly Lazy<NetworkProjection> organizations;
    private readonly Lazy<NetworkProjection> people;
    private readonly ProjectionOrigin[] carried = new ProjectionOrigin[3];

    public ProjectionSet(NetworkSnapshot snapshot)
        : this(snapshot, previous: null)
    {
    }

    /// <summary>
    /// The projections of <paramref name="snapshot"/>, carrying over what <paramref name="previous"/> (an earlier
    /// version's set, or null) built and the write in between did not change. Compares only the lists the write touched
    /// (<see cref="ProjectionDelta"/>).
    /// </summary>
    public ProjectionSet(NetworkSnapshot snapshot, ProjectionSet? previous)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        var index = new Lazy<NetworkIndex>(() => NetworkIndex.Build(snapshot.Network), LazyThreadSafetyMode.ExecutionAndPublication);
        var ties = previous is null ? null : new Lazy<TieDiff?>(() => TieDiff.Between(previous.Snapshot.Network.Ties, snapshot.Network.Ties));
        full = Carry(ProjectionKind.Full);
        organizations = Carry(ProjectionKind.Organizations);
        people = Carry(ProjectionKind.People);

        Lazy<NetworkProjection> Carry(ProjectionKind kind)
        {
            if (previous is not null && previous.TryGetBuilt(kind, out var built))
            {
                switch (ProjectionDelta.Between(previous.Snapshot.Network, snapshot.Network, built))
                {
                    case ProjectionChange.None:
                        return Ready(kind, ProjectionOrigin.Reused, built);
                    case ProjectionChange.Attributes:
                        var (names, sectors, communityLed) = NetworkProjector.AttributesOf(snapshot.Network, kind);
                        return Ready(kind, ProjectionOrigin.UpdatedInPlace, built.WithAttributes(names, sectors, communityLed));
                    case ProjectionChange.Connections when ties!.Value is { } diff
                        && ProjectionPatch.TryApply(previous.Snapshot.Network, snapshot.Network, built, diff) is { } patched:
                        return Ready(
                            kind,
                            ReferenceEquals(patched, built) ? ProjectionOrigin.Reused
                            : ReferenceEquals(patched.Graph, built.Graph) ? ProjectionOrigin.UpdatedInPlace
                            : ProjectionOrigin.Patched,
                            patched);
                }
            }

            return new(() => NetworkProjector.ProjectIndexed(snapshot.Network, kind, index.Value), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        Lazy<NetworkProjection> Ready(ProjectionKind kind, ProjectionOrigin origin, NetworkProjection projection)
        {
            carried[(int)kind] = origin;
            var ready = new Lazy<NetworkProjection>(() => projection, LazyThreadSafetyMode.ExecutionAndPublication);
            _ = ready.Value;
            return ready;
        }
    }

    public NetworkSnapshot Snapshot { get; }

    public long Version => Snapshot.Version;

    public NetworkProjection Full => full.Value;

    public NetworkProjection Organizations => organizations.Value;

    public NetworkProjection People => people.Value;

    public NetworkProjection Get(ProjectionKind kind) => LazyOf(kind).Value;

    /// <summary>Whether the projection is available without building (built, carried over or updated in place).</summary>
    public bool IsBuilt(ProjectionKind kind) => LazyOf(kind).IsValueCreated;

    /// <summary>How this set came by <paramref name="kind"/>: not yet, built for this version, or carried over from the previous one.</summary>
    public ProjectionOrigin OriginOf(ProjectionKind kind) =>
        carried[(int)LazyKind(kind)] is var origin && origin != ProjectionOrigin.NotBuilt ? origin
        : IsBuilt(kind) ? ProjectionOrigin.Built
        : ProjectionOrigin.NotBuilt;

    private bool TryGetBuilt(ProjectionKind kind, out NetworkProjection projection)
    {
        var lazy = LazyOf(kind);
        projection = lazy.IsValueCreated ? lazy.Value : null!;
        return lazy.IsValueCreated;
    }

    private Lazy<NetworkProjection> LazyOf(ProjectionKind kind) => LazyKind(kind) switch
    {
        ProjectionKind.Full => full,
        ProjectionKind.Organizations => organizations,
        _ => people,
    };

    private static ProjectionKind LazyKind(ProjectionKind kind) =>
        kind is ProjectionKind.Full or ProjectionKind.Organizations or ProjectionKind.People
            ? kind
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown projection.");
}
