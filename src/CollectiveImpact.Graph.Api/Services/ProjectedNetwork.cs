using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// One network version as the analyses and the network map read it: its snapshot, its projections (each built on first
/// use, then shared), its nodes by id, and the <see cref="Memo"/> of what the collective impact analyses computed on
/// it. Immutable (the memo only fills), so every request of that version can share it.
/// </summary>
public sealed class ProjectedNetwork
{
    private readonly Lazy<Dictionary<string, INetworkNode>> nodesById;
    private readonly Lazy<TimeBoundaries> boundaries;

    public ProjectedNetwork(NetworkSnapshot snapshot)
        : this(snapshot, previous: null)
    {
    }

    /// <summary>This version, carrying over the projections of <paramref name="previous"/> a write did not change (<see cref="ProjectionSet"/>).</summary>
    public ProjectedNetwork(NetworkSnapshot snapshot, ProjectedNetwork? previous)
    {
        Projections = new ProjectionSet(snapshot, previous?.Projections);
        nodesById = new(() => snapshot.Network.Nodes().ToDictionary(n => n.Id, StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
        boundaries = new(() => TimeBoundaries.Of(snapshot.Network), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ProjectionSet Projections { get; }

    /// <summary>
    /// The intermediate results the collective impact analyses share on this version (agenda index, communities per
    /// seed, what-if's "before" side, the reinforcement counts): made by the first analysis that needs one, reused by
    /// the others. It lives exactly as long as this object, so a new version, a new object, starts empty.
    /// </summary>
    public AnalysisMemo Memo { get; } = new();

    public NetworkSnapshot Snapshot => Projections.Snapshot;

    public Network Network => Snapshot.Network;

    public long Version => Projections.Version;

    /// <summary>
    /// The days on which what counts in this version changes, computed once per version: what <see cref="AsOfViews"/>
    /// reads to tell whether a date excludes anything.
    /// </summary>
    public TimeBoundaries Boundaries => boundaries.Value;

    /// <summary>The node with this id, or null when the version has none.</summary>
    public INetworkNode? FindNode(string id) => nodesById.Value.GetValueOrDefault(id);
}
