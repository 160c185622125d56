namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>A partner organization; <see cref="Goals"/> are the goals it has committed to.</summary>
public sealed record Organization(
    string Id,
    string Name,
    Sector? Sector = null,
    bool CommunityLed = false,
    IReadOnlyList<string>? Goals = null) : INetworkNode
{
    public IReadOnlyList<string> Goals { get; init; } = Goals ?? [];

    public NodeKind Kind => NodeKind.Organization;
}
