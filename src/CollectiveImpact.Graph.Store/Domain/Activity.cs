namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>Something partners do together: led by one organization, moving some indicators.</summary>
public sealed record Activity(
    string Id,
    string Name,
    string Lead,
    IReadOnlyList<string>? Partners = null,
    IReadOnlyList<string>? Indicators = null,
    IReadOnlyList<string>? Populations = null,
    IReadOnlyList<string>? Places = null,
    ActivityStatus? Status = null,
    DateOnly? Start = null,
    DateOnly? End = null) : INetworkNode
{
    public IReadOnlyList<string> Partners { get; init; } = Partners ?? [];

    public IReadOnlyList<string> Indicators { get; init; } = Indicators ?? [];

    public IReadOnlyList<string> Populations { get; init; } = Populations ?? [];

    public IReadOnlyList<string> Places { get; init; } = Places ?? [];

    public NodeKind Kind => NodeKind.Activity;
}
