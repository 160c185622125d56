using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// The one entry point for per-node centrality: picks the measure and applies <see cref="CentralityOptions"/> with
/// NetworkX 3.x defaults. Each measure's own class documents its definition and the NetworkX function it matches.
/// </summary>
public static class CentralityCalculator
{
    /// <summary>Computes <paramref name="measure"/> for every node of <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range: a sample size below 1 or above the node
    /// count, an iteration budget below 1, an unknown measure.</exception>
    /// <exception cref="ArgumentException">A sample size for a measure other than betweenness.</exception>
    /// <exception cref="PowerIterationFailedConvergenceException">Eigenvector centrality or PageRank did not converge
    /// within <see cref="CentralityOptions.MaxIterations"/> (NetworkX's 100 by default).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; each measure
    /// looks at it at least once per search or iteration.</exception>
    public static NodeScores Compute(
        UndirectedGraph graph,
        CentralityMeasure measure,
        CentralityOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        if (options.SampleSize is not null && measure != CentralityMeasure.Betweenness)
        {
            throw new ArgumentException(
                $"SampleSize applies only to {CentralityMeasure.Betweenness}; {measure} is always computed exactly.", nameof(options));
        }

        var weighted = options.Weighted ?? measure == CentralityMeasure.PageRank;
        return measure switch
        {
            CentralityMeasure.Degree => DegreeCentrality.Compute(graph, options.Normalized, cancellationToken),
            CentralityMeasure.WeightedDegree => WeightedDegree.Compute(graph, cancellationToken),
            CentralityMeasure.Betweenness => BetweennessCentrality.Compute(
                graph, options.Normalized, weighted, options.SampleSize, options.Seed, options.MaxDegreeOfParallelism, cancellationToken, options.Progress).Scores,
            CentralityMeasure.Closeness => ClosenessCentrality.Compute(graph, weighted, options.MaxDegreeOfParallelism, cancellationToken, options.Progress),
            CentralityMeasure.Harmonic => HarmonicCentrality.Compute(graph, weighted, options.MaxDegreeOfParallelism, cancellationToken, options.Progress),
            CentralityMeasure.Eigenvector => EigenvectorCentrality.Compute(graph, weighted, options.MaxIterations, cancellationToken: cancellationToken),
            CentralityMeasure.PageRank => PageRank.Compute(graph, weighted, maxIterations: options.MaxIterations, cancellationToken: cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown centrality measure."),
        };
    }
}
