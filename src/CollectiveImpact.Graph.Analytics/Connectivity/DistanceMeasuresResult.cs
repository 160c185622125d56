namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>
/// Diameter and average shortest path length (in hops) of the largest connected component, which has
/// <see cref="ComponentSize"/> nodes. Both are <c>null</c> for an empty graph (no component to measure); a
/// one-node component has diameter 0 and average 0, as in NetworkX.
/// </summary>
public sealed record DistanceMeasuresResult(int ComponentSize, int? Diameter, double? AverageShortestPathLength);
