using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>
/// Which activities to list. <see cref="Goals"/>: contributing to any of these goals through their indicators.
/// <see cref="Indicators"/>: moving any of these indicators. <see cref="Organizations"/>: led or partnered by any of them.
/// </summary>
public sealed record ActivityFilter(
    IReadOnlyCollection<string>? Goals = null,
    IReadOnlyCollection<string>? Indicators = null,
    IReadOnlyCollection<ActivityStatus>? Statuses = null,
    IReadOnlyCollection<string>? Organizations = null,
    string? NameContains = null)
{
    public static ActivityFilter None { get; } = new();
}
