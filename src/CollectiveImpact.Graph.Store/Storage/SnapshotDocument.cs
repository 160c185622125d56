using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>A snapshot and its canonical network document, exactly the bytes the export of the network gave when it was taken.</summary>
public sealed record SnapshotDocument(SnapshotInfo Info, byte[] Document);
