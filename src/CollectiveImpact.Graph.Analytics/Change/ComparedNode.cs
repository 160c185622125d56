using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>
/// A node as one side of a comparison holds it: carried whole, since a snapshot's node may no longer be in the store.
/// </summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">Its name.</param>
/// <param name="Sector">An organization's sector; a person's organization's sector; null otherwise.</param>
/// <param name="CommunityLed">Whether an organization is community-led; null for other kinds.</param>
/// <param name="Organization">A person's organization (id); null for other kinds.</param>
public sealed record ComparedNode(string Id, NodeKind Kind, string Name, Sector? Sector, bool? CommunityLed, string? Organization = null);
