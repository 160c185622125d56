namespace CollectiveImpact.Graph.Api.Services;

/// <summary>What a create, update or add returns: the entry as stored, and the network version the write produced.</summary>
public sealed record MutationPayload<T>(T Item, long Version) : IMutationPayload
{
    object? IMutationPayload.Item => Item;

    /// <summary>For a replacement: the fields it changed, from and to (the audit log's history of the entry); null for a new entry.</summary>
    public IReadOnlyList<Editing.FieldChange>? Changes { get; init; }
}
