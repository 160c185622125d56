using CollectiveImpact.Graph.Analytics.Communities;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

/// <summary>
/// One community of a cached <see cref="LouvainResult"/> as <see cref="CommunityType"/> shows it: its position in the
/// list (0 = largest) and its members' ids in ordinal order.
/// </summary>
/// <remarks>
/// Not a result type: the cache holds the <see cref="LouvainResult"/>. A member list does not know its position, so
/// the field that pages the communities pairs each with it on reading (one small record per community).
/// </remarks>
public sealed record Community(int Index, IReadOnlyList<string> Members)
{
    public static IReadOnlyList<Community> Indexed(LouvainResult result) =>
        [.. result.Communities.Select((members, index) => new Community(index, members))];
}
