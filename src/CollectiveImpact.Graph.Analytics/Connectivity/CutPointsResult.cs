namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// Who, if they left, would split the network: the articulation points (node ids, ordinal order;
/// <see cref="Connectivity.ArticulationPoints"/>) and the bridges (edges whose removal disconnects their ends;
/// <see cref="Connectivity.Bridges"/>).
/// </summary>
public sealed record CutPointsResult(IReadOnlyList<string> ArticulationPoints, IReadOnlyList<Bridge> Bridges);
