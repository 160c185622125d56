namespace CollectiveImpact.Graph.Api.Services.Snapshots;

/// <summary>Bounds and habits of snapshots (configuration section <c>Snapshots</c>).</summary>
public sealed class SnapshotOptions
{
    public const string Section = "Snapshots";

    /// <summary>The most snapshots kept; <c>createSnapshot</c> is refused beyond it until one is deleted (default 50).</summary>
    public int MaxCount { get; set; } = 50;

    /// <summary>
    /// The largest canonical document (uncompressed, in bytes) a snapshot may hold (default 512 MiB; a generated
    /// 20,000-organization network with 9 people each is well under it). Bounds what one snapshot costs to store and
    /// to export.
    /// </summary>
    public long MaxDocumentBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// When true, every <c>importNetwork(mode: REPLACE)</c> that passes its checks first takes a snapshot of the network it
    /// is about to replace, named "Before REPLACE import" and the UTC time (default false). The import is refused,
    /// and nothing written, when that snapshot cannot be taken (limit reached).
    /// </summary>
    public bool BeforeReplaceImport { get; set; }

    /// <summary>The problem with these options, or null when they are usable.</summary>
    public string? Problem() =>
        MaxCount < 1 ? $"{Section}:MaxCount is {MaxCount}; it must be at least 1."
        : MaxDocumentBytes < 1024 ? $"{Section}:MaxDocumentBytes is {MaxDocumentBytes}; it must be at least 1024."
        : null;
}
