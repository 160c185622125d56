using CollectiveImpact.Graph.Analytics.Connectivity;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// Who, if they left, would split the network: the articulation points (node ids, ordinal order) and the bridges
/// (edges whose removal disconnects their ends).
/// </summary>
public sealed record CutPointsResult(IReadOnlyList<string> ArticulationPoints, IReadOnlyList<Bridge> Bridges);
