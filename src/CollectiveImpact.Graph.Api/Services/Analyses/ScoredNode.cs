namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>A node's score and 1-based competition rank (equal scores share a rank); <paramref name="Score"/> is null where the measure is undefined for the node.</summary>
public sealed record ScoredNode(string Id, double? Score, int Rank);
