using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// Betweenness scores and the parameters they were computed with, so an estimate can be reproduced.
/// <see cref="SampleSize"/> and <see cref="Seed"/> are null for the exact computation; for an estimate,
/// <see cref="Sources"/> lists the node ids sampled as sources (ascending by node index) and <see cref="ErrorBound"/>
/// is the ε of <see cref="BetweennessErrorBound.Hoeffding"/>: with probability at least 1 − δ
/// (δ = <see cref="BetweennessErrorBound.FailureProbability"/>), every node's normalized estimate is within ε of its
/// exact normalized score. ε is on the normalized scale even when <see cref="Normalized"/> is false (multiply by
/// (n − 1)(n − 2) / 2 for the unnormalized one); null when exact.
/// </summary>
public sealed record BetweennessResult(
    NodeScores Scores,
    bool Normalized,
    bool Weighted,
    int? SampleSize,
    int? Seed,
    IReadOnlyList<string> Sources,
    double? ErrorBound);
