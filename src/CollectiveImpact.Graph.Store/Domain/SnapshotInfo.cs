namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>
/// What is known of a snapshot without opening it: its name, when and by whom it was taken, the network version it
/// froze, how many entries of each kind that network held, and the size of its canonical document (as written and
/// as stored). <see cref="Sha256"/> is the hash of the canonical document, checked on every read.
/// </summary>
public sealed record SnapshotInfo(
    string Name,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    long NetworkVersion,
    EntityCounts Counts,
    long DocumentBytes,
    long StoredBytes,
    string Sha256);
