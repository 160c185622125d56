namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>Which people to list: members of any of <see cref="Organizations"/>, names containing a substring.</summary>
public sealed record PersonFilter(IReadOnlyCollection<string>? Organizations = null, string? NameContains = null)
{
    public static PersonFilter None { get; } = new();
}
