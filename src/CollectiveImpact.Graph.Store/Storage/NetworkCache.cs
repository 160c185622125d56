using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>
/// The last network a store read or wrote, with its version. Stores validate writes and answer snapshots from it
/// while the stored version is unchanged, and reload when another instance or process has written since.
/// </summary>
internal sealed class NetworkCache
{
    private Entry? latest;

    /// <summary>The cached network if it is the one at <paramref name="version"/>, else null.</summary>
    public Network? At(long version) => Volatile.Read(ref latest) is { } entry && entry.Version == version ? entry.Network : null;

    /// <summary>Keeps the newest network seen: a slow reader must not replace a writer's later version.</summary>
    public void Remember(long version, Network network)
    {
        var candidate = new Entry(version, network);
        while (true)
        {
            var existing = Volatile.Read(ref latest);
            if (existing is not null && existing.Version > version)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref latest, candidate, existing) == existing)
            {
                return;
            }
        }
    }

    private sealed record Entry(long Version, Network Network);
}
