using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>
/// An edge of the FULL projection: <see cref="Source"/> is the end with the lower node index. <see cref="Weight"/>
/// counts the distinct connections it collapses; <see cref="Relations"/> says which kinds they were.
/// </summary>
public sealed record MapEdge(string Source, string Target, double Weight, IReadOnlyList<EdgeRelation> Relations);
