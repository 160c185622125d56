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

/// <summary>One community: its name, what it holds, and what its organizations share more than the network does.</summary>
/// <param name="Index">Its position in the partition (0 = largest).</param>
/// <param name="Name">A short name from its goals, sector and place (see <see cref="CommunityOverviews"/>); distinct within the overview.</param>
/// <param name="Size">How many nodes it has.</param>
/// <param name="Organizations">The organizations it stands for: its organization members, or when it has none, its people's organizations and its activities' leads.</param>
/// <param name="Goals">Goals over-represented among <paramref name="Organizations"/>, strongest first (at most 3).</param>
/// <param name="Sectors">Its organizations' sectors, most common first.</param>
/// <param name="Places">Places over-represented among its organizations' activities, strongest first (at most 3).</param>
/// <param name="KindCounts">Members by kind (GOAL, INDICATOR, ORGANIZATION, PERSON, ACTIVITY), kinds with none left out.</param>
/// <param name="InternalEdges">Edges with both ends in it.</param>
/// <param name="InternalWeight">Their total weight.</param>
/// <param name="Anchor">Its best-connected organization (most edges in the projection, then id), or its best-connected member that is not a person; null when it holds only people.</param>
public sealed record CommunityProfile(
    int Index,
    string Name,
    int Size,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<CommunityGoal> Goals,
    IReadOnlyList<CommunityShare> Sectors,
    IReadOnlyList<CommunityShare> Places,
    IReadOnlyDictionary<string, int> KindCounts,
    int InternalEdges,
    double InternalWeight,
    string? Anchor);

/// <summary>A goal a community's organizations serve: how many, what share of them, and the lift over the whole network.</summary>
public sealed record CommunityGoal(string Goal, string Name, int Count, double Share, double Lift, bool Member);

/// <summary>A value (a sector or a place) among a community's organizations: how many, their share, and the lift over the network.</summary>
public sealed record CommunityShare(string Value, int Count, double Share, double Lift);

/// <summary>Two communities joined by <paramref name="EdgeCount"/> edges of total weight <paramref name="Weight"/>; From &lt; To.</summary>
public sealed record CommunityLink(int From, int To, int EdgeCount, double Weight);
