namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>What <see cref="ISnapshotStore.SaveAsync"/> did: saved, or refused because the name is taken or the store is full.</summary>
public enum SnapshotSaveOutcome
{
    Saved,
    NameTaken,
    LimitReached,
}
