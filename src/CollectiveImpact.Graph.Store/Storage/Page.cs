using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>One page of a list, with the total count of items matching the filter (across all pages).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, int TotalCount)
{
    /// <summary>The keyset key of an item, which a later <see cref="PageRequest.After"/> names.</summary>
    public static string KeyOf(T item) => item switch
    {
        INetworkNode node => node.Id,
        Tie tie => PageKeys.OfTie(tie.Key),
        _ => throw new ArgumentOutOfRangeException(nameof(item), $"{typeof(T).Name} is not a pageable kind."),
    };
}
