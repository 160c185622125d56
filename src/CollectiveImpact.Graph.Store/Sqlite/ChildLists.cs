namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>One child table read into memory: each owner's values in ordinal order.</summary>
internal sealed class ChildLists(Dictionary<string, List<string>> byOwner)
{
    public static ChildLists Empty { get; } = new([]);

    public IReadOnlyList<string> Of(string owner) =>
        byOwner.TryGetValue(owner, out var values) ? values : [];
}
