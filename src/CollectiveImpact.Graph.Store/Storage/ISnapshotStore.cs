using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>
/// The storage port for snapshots: named, immutable copies of the whole network (network-format.md, <i>Time</i>),
/// kept beside the network in the same store (SQLite or Neo4j) and stored compactly (<see cref="SnapshotCodec"/>).
/// </summary>
/// <remarks>
/// The port keeps documents, it does not make them: the caller freezes the network (reads one consistent version and
/// writes its canonical document) and hands the bytes over, so a snapshot is byte-for-byte the export of its version.
/// Names are unique ignoring case (<see cref="SnapshotNames.Key"/>); a snapshot is never edited, only deleted.
/// </remarks>
public interface ISnapshotStore
{
    /// <summary>Every snapshot, oldest first.</summary>
    Task<IReadOnlyList<SnapshotInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The snapshot with this name (ignoring case) and its document, or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The stored document does not match its recorded hash.</exception>
    Task<SnapshotDocument?> ReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a snapshot atomically unless its name is taken or <paramref name="maxCount"/> snapshots are stored
    /// already; then nothing is stored and the outcome says why.
    /// </summary>
    Task<SnapshotSaveOutcome> SaveAsync(SnapshotInfo info, byte[] document, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Deletes the snapshot with this name (ignoring case); false when there was none.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default);
}
