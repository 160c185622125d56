using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// One network version as the analyses and the network map read it: its snapshot, its projections (each built on first
/// use, then shared) and its nodes by id. Immutable, so every request of that version can share it.
/// </summary>
public sealed class ProjectedNetwork
{
    private readonly Lazy<Dictionary<string, INetworkNode>> nodesById;

    public ProjectedNetwork(NetworkSnapshot snapshot)
        : this(snapshot, previous: null)
    {
    }

    /// <summary>This version, carrying over the projections of <paramref name="previous"/> a write did not change (<see cref="ProjectionSet"/>).</summary>
    public ProjectedNetwork(NetworkSnapshot snapshot, ProjectedNetwork? previous)
    {
        Projections = new ProjectionSet(snapshot, previous?.Projections);
        nodesById = new(() => snapshot.Network.Nodes().ToDictionary(n => n.Id, StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ProjectionSet Projections { get; }

    public NetworkSnapshot Snapshot => Projections.Snapshot;

    public Network Network => Snapshot.Network;

    public long Version => Projections.Version;

    /// <summary>The node with this id, or null when the version has none.</summary>
    public INetworkNode? FindNode(string id) => nodesById.Value.GetValueOrDefault(id);
}
