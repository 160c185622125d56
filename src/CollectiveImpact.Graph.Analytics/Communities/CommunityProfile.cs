namespace CollectiveImpact.Graph.Analytics.Communities;

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
