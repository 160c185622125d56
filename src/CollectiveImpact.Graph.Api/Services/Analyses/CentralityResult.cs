namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>Every node of the projection ranked by its score, highest first (ties by id; undefined scores last).</summary>
public sealed record CentralityResult(IReadOnlyList<ScoredNode> Ranking);
