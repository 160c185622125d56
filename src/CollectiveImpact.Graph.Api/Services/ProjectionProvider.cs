using System.Runtime.CompilerServices;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Observability;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// The <see cref="ProjectedNetwork"/> of the current network version, shared by the network map and every analysis: it
/// is read once per version, when the first request after a write asks for it, and reused until
/// <see cref="INetworkStore.GetVersionAsync"/> says the network changed. Never rebuilt per request.
/// </summary>
/// <remarks>
/// A new version carries over what the write did not change: each projection the previous version had built is reused
/// as it is, or updated in place for a change of node attributes, and built again only when the write changed its nodes
/// or connections (<see cref="ProjectionSet"/>); each part of the network keeps its fingerprint when the write did not
/// touch it (<see cref="NetworkFingerprints"/>). The snapshot itself comes from the store's memory after a write of this
/// process (SQLite keeps the network it wrote), so a small write costs neither a snapshot read nor a projection.
/// </remarks>
public sealed class ProjectionProvider(INetworkStore store)
{
    private readonly SemaphoreSlim rebuild = new(1, 1);
    private readonly ConditionalWeakTable<ProjectedNetwork, NetworkFingerprints> fingerprints = [];
    private volatile ProjectedNetwork? current;

    /// <summary>
    /// Average degree assumed for a projection not built yet (ORGANIZATIONS of the generated 20,000-organization network
    /// has 8.2), until its real edge count is known.
    /// </summary>
    public const int AssumedAverageDegree = 8;

    /// <summary>The version last read, without asking the store whether it is still current; null before the first read.</summary>
    public ProjectedNetwork? Latest => current;

    /// <summary>
    /// The size of <paramref name="kind"/> in the last version read, without reading or projecting anything: exact when
    /// that projection was built, else its node count from the snapshot and <see cref="AssumedAverageDegree"/>;
    /// <see cref="ProjectionSize.Unknown"/> before any version was read. Cheap enough for the query-cost analysis.
    /// </summary>
    public ProjectionSize SizeOf(ProjectionKind kind)
    {
        if (current is not { } network)
        {
            return ProjectionSize.Unknown;
        }

        if (network.Projections.IsBuilt(kind))
        {
            var graph = network.Projections.Get(kind).Graph;
            return new ProjectionSize(graph.NodeCount, graph.EdgeCount, Exact: true);
        }

        var counts = network.Network.Counts;
        long nodes = kind switch
        {
            ProjectionKind.Organizations => counts.Organizations,
            ProjectionKind.People => counts.People,
            _ => counts.Initiatives + counts.Goals + counts.Indicators + counts.Organizations + counts.People + counts.Activities,
        };
        return new ProjectionSize(nodes, nodes * AssumedAverageDegree / 2, Exact: false);
    }

    /// <summary>
    /// The fingerprints of <paramref name="network"/>, made once per version (carrying over the previous version's where
    /// the write left a part alone).
    /// </summary>
    public NetworkFingerprints FingerprintsOf(ProjectedNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return fingerprints.GetValue(network, static n => new NetworkFingerprints(n, previous: null));
    }

    /// <summary>The current version's projections; reads the snapshot only when the version moved since the last call.</summary>
    public async Task<ProjectedNetwork> CurrentAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetVersionAsync(cancellationToken);
        if (current is { } fresh && fresh.Version == version)
        {
            return fresh;
        }

        // One reader per version: concurrent first requests after a write wait for the one snapshot read.
        await rebuild.WaitAsync(cancellationToken);
        try
        {
            if (current is { } built && built.Version >= version)
            {
                return built;
            }

            using var activity = ApiTelemetry.Source.StartActivity("projections load");
            var previous = current;
            var network = new ProjectedNetwork(await store.ReadSnapshotAsync(cancellationToken), previous);
            fingerprints.AddOrUpdate(network, new NetworkFingerprints(network, previous is null ? null : FingerprintsOf(previous)));
            activity?.SetTag("cig.network.version", network.Version);
            foreach (var kind in Enum.GetValues<ProjectionKind>())
            {
                activity?.SetTag($"cig.projection.{kind.ToString().ToLowerInvariant()}.origin", network.Projections.OriginOf(kind).ToString());
            }

            activity?.SetTag("cig.network.nodes", network.Network.Counts.Total - network.Network.Counts.Ties - network.Network.Counts.Measurements);
            activity?.SetTag("cig.network.ties", network.Network.Counts.Ties);
            current = network;
            return network;
        }
        finally
        {
            rebuild.Release();
        }
    }
}
