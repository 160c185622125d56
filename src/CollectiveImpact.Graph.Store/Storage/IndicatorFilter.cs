namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>Which indicators to list: those measuring any of <see cref="Goals"/> (null: any goal).</summary>
public sealed record IndicatorFilter(IReadOnlyCollection<string>? Goals = null, string? NameContains = null)
{
    public static IndicatorFilter None { get; } = new();
}
