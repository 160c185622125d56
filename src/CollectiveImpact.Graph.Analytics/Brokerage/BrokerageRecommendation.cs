namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>
/// One introduction the backbone could make (<see cref="BrokerageRecommender"/>): two organizations not joined in the
/// ORGANIZATIONS projection that work on the same goals; <see cref="OrganizationA"/> is before
/// <see cref="OrganizationB"/> in ordinal id order.
/// </summary>
/// <param name="OrganizationA">The first organization's id (ordinal order).</param>
/// <param name="OrganizationB">The second organization's id.</param>
/// <param name="Score">The score the ranking is by (see <see cref="BrokerageRecommender.Score"/>).</param>
/// <param name="Rank">1-based competition rank: equal scores share a rank (1, 2, 2, 4); ties are listed by ids.</param>
/// <param name="SharedGoals">Goals both work on (committed to, or reached through their activities' indicators).</param>
/// <param name="SharedIndicators">Indicators both move through their activities.</param>
/// <param name="SharedPopulations">Populations both of their activities serve.</param>
/// <param name="SharedPlaces">Places both of their activities work in.</param>
/// <param name="Distance">Steps between them in the ORGANIZATIONS projection; null when no path joins them.</param>
/// <param name="CommunityA">A's Louvain community (seeded) in the ORGANIZATIONS projection.</param>
/// <param name="CommunityB">B's Louvain community.</param>
/// <param name="BackboneTiedToBoth">True when the backbone has an ORGANIZATIONS-projection edge to both, so it can make the introduction.</param>
/// <param name="Message">"Introduce A to B: both work on … but are four steps apart."</param>
public sealed record BrokerageRecommendation(
    string OrganizationA,
    string OrganizationB,
    double Score,
    int Rank,
    IReadOnlyList<string> SharedGoals,
    IReadOnlyList<string> SharedIndicators,
    IReadOnlyList<string> SharedPopulations,
    IReadOnlyList<string> SharedPlaces,
    int? Distance,
    int CommunityA,
    int CommunityB,
    bool BackboneTiedToBoth,
    string Message)
{
    public bool DifferentCommunities => CommunityA != CommunityB;
}
