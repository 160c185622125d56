namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>
/// Forward keyset pagination: at most <see cref="First"/> items after the item whose key is <see cref="After"/>
/// (an id; for ties the key written by <see cref="Page{T}.KeyOf"/>). <see cref="First"/> null means no limit.
/// </summary>
public sealed record PageRequest(int? First = null, string? After = null)
{
    public static PageRequest All { get; } = new();
}
