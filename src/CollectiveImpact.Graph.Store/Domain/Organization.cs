namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>
/// A partner organization; <see cref="Goals"/> are the goals it has committed to. <see cref="Since"/> and
/// <see cref="Until"/> (optional, inclusive) say when it joined and left the initiative (<see cref="TimeRule"/>).
/// </summary>
public sealed record Organization(
    string Id,
    string Name,
    Sector? Sector = null,
    bool CommunityLed = false,
    IReadOnlyList<string>? Goals = null,
    DateOnly? Since = null,
    DateOnly? Until = null) : INetworkNode
{
    public IReadOnlyList<string> Goals { get; init; } = Goals ?? [];

    public NodeKind Kind => NodeKind.Organization;
}
