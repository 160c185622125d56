using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// The <see cref="ProjectedNetwork"/> of the current network version, shared by the network map and every analysis: it
/// is read and projected once per version, when the first request after a write asks for it, and reused until
/// <see cref="INetworkStore.GetVersionAsync"/> says the network changed. Never rebuilt per request.
/// </summary>
public sealed class ProjectionProvider(INetworkStore store)
{
    private readonly SemaphoreSlim rebuild = new(1, 1);
    private volatile ProjectedNetwork? current;

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

            var network = new ProjectedNetwork(await store.ReadSnapshotAsync(cancellationToken));
            current = network;
            return network;
        }
        finally
        {
            rebuild.Release();
        }
    }
}
