namespace CollectiveImpact.Graph.Analytics.Graphs;

/// <summary>A node's score and its 1-based competition rank among the nodes scored.</summary>
public sealed record RankedNode(string Id, double Score, int Rank);
