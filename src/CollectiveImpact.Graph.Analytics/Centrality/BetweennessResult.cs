using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Betweenness scores and the parameters they were computed with, so an estimate can be reproduced.
/// <see cref="SampleSize"/> and <see cref="Seed"/> are null for the exact computation; for an estimate,
/// <see cref="Sources"/> lists the node ids sampled as sources (ascending by node index).
/// </summary>
public sealed record BetweennessResult(
    NodeScores Scores,
    bool Normalized,
    bool Weighted,
    int? SampleSize,
    int? Seed,
    IReadOnlyList<string> Sources);
