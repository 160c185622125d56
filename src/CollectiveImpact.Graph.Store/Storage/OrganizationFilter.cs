using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>
/// Which organizations to list. Every criterion given must hold; a null criterion does not filter.
/// <see cref="Goals"/>: committed to any of these goals. <see cref="NameContains"/>: case-insensitive substring.
/// </summary>
public sealed record OrganizationFilter(
    IReadOnlyCollection<Sector>? Sectors = null,
    IReadOnlyCollection<string>? Goals = null,
    bool? CommunityLed = null,
    string? NameContains = null)
{
    public static OrganizationFilter None { get; } = new();
}
