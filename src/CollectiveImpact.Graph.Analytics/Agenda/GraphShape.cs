namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>What what-if compares of a graph: its connected components and the average shortest path of the largest.</summary>
/// <param name="Components">How many connected components.</param>
/// <param name="AverageShortestPath">The average shortest path length of the largest component; null without nodes.</param>
internal sealed record GraphShape(int Components, double? AverageShortestPath);
