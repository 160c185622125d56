namespace CollectiveImpact.Graph.Analytics.Communities;

/// <summary>
/// Louvain communities as a map of who works with whom (analyses.md, <i>Community overview</i>): each community named
/// from what its organizations share, with its make-up, and the ties between communities.
/// </summary>
/// <param name="Partition">The Louvain partition it describes (the one <c>communities</c> returns for the same arguments).</param>
/// <param name="Communities">One profile per community, in the partition's order (largest first).</param>
/// <param name="Links">Pairs of communities joined by edges, heaviest first; at most <see cref="CommunityOverviews.MaxLinks"/>.</param>
/// <param name="LinkCount">How many pairs of communities are joined in all (more than <paramref name="Links"/> holds when cut).</param>
public sealed record CommunityOverview(
    LouvainResult Partition,
    IReadOnlyList<CommunityProfile> Communities,
    IReadOnlyList<CommunityLink> Links,
    int LinkCount);
