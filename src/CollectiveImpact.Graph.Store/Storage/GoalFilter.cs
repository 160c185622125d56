namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>Which goals to list. An empty filter lists all.</summary>
public sealed record GoalFilter(string? NameContains = null)
{
    public static GoalFilter None { get; } = new();
}
