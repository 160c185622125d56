namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>How a write's upserts meet what is stored.</summary>
public enum ChangeMode
{
    /// <summary>Entries are added, or replace the stored entry with the same id (key); nothing else changes.</summary>
    Merge,

    /// <summary>The upserts become the whole network; everything else stored is removed.</summary>
    Replace,
}
