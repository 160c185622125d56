using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>Which ties to list: of any of <see cref="Types"/>, touching (at either end) any of <see cref="Nodes"/>.</summary>
public sealed record TieFilter(IReadOnlyCollection<TieType>? Types = null, IReadOnlyCollection<string>? Nodes = null)
{
    public static TieFilter None { get; } = new();
}
