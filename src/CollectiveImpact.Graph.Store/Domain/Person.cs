namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>A person in the network; <see cref="Email"/> is personal contact data.</summary>
public sealed record Person(
    string Id,
    string Name,
    string? Organization = null,
    string? Role = null,
    string? Email = null,
    bool CommunityMember = false) : INetworkNode
{
    public NodeKind Kind => NodeKind.Person;
}
