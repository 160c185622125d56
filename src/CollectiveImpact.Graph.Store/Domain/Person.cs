namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>
/// A person in the network; <see cref="Email"/> is personal contact data. <see cref="Since"/> and <see cref="Until"/>
/// (optional, inclusive) say when they joined and left the initiative (<see cref="TimeRule"/>).
/// </summary>
public sealed record Person(
    string Id,
    string Name,
    string? Organization = null,
    string? Role = null,
    string? Email = null,
    bool CommunityMember = false,
    DateOnly? Since = null,
    DateOnly? Until = null) : INetworkNode
{
    public NodeKind Kind => NodeKind.Person;
}
