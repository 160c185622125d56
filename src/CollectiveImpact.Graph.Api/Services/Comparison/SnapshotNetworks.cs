using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Services.Comparison;

/// <summary>
/// Snapshots read back as networks for comparisons: the document parsed and filtered to a date, projected like the
/// stored network. The last <see cref="Capacity"/> are kept (by the snapshot's content hash and the date), so comparing
/// against a baseline again does not parse it again; a snapshot never changes, so a kept one never goes stale.
/// </summary>
public sealed class SnapshotNetworks
{
    /// <summary>How many snapshot networks are kept.</summary>
    public const int Capacity = 2;

    private readonly Lock gate = new();
    private readonly LinkedList<(string Key, ProjectedNetwork Network)> recent = [];

    /// <summary>The snapshot <paramref name="found"/> as of <paramref name="date"/>; parses it (CPU work: call it on the scheduler) when not kept.</summary>
    public ProjectedNetwork Get(SnapshotDocument found, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(found);
        var key = $"{found.Info.Sha256}:{date:O}";
        lock (gate)
        {
            for (var node = recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    recent.Remove(node);
                    recent.AddFirst(node);
                    return node.Value.Network;
                }
            }
        }

        var read = NetworkDocumentReader.Read(found.Document);
        if (read.Network is not { } network)
        {
            // A snapshot was checked when it was taken; one that no longer reads means the store was damaged.
            throw new InvalidOperationException($"The snapshot '{found.Info.Name}' no longer reads as a network document: {read.Problems.FirstOrDefault()?.Message}");
        }

        var projected = new ProjectedNetwork(new NetworkSnapshot(found.Info.NetworkVersion, TimeRule.AsOf(network, date)));
        lock (gate)
        {
            recent.AddFirst((key, projected));
            while (recent.Count > Capacity)
            {
                recent.RemoveLast();
            }
        }

        return projected;
    }
}
