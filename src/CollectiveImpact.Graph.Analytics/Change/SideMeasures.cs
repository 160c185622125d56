using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Analytics.Structure;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>
/// Everything <see cref="NetworkComparison"/> measures on one side's ORGANIZATIONS projection, computed with the
/// analyses that define each part (<see cref="NetworkComparison.Measure(ComparisonSide, ComparisonOptions, int?, CancellationToken)"/>): the two sides can be measured apart, at
/// the same time, and then compared.
/// </summary>
public sealed record SideMeasures(
    NetworkMetricsResult Metrics,
    double? AverageShortestPath,
    double? Modularity,
    int Communities,
    ReinforcementReport Reinforcement,
    EquityReport Equity,
    BackboneDependenceResult? Backbone,
    NodeScores Betweenness,
    int? BetweennessSamples,
    double? BetweennessErrorBound)
{
    /// <remarks>
    /// <paramref name="progress"/> hears the fraction of this side done after each of its parts, weighted by their share
    /// of the time on the generated 20,000-organization network (the equity lens and reinforcement are the most).
    /// </remarks>
    internal static SideMeasures Of(
        ComparisonSide side, ComparisonOptions options, int? maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var projection = side.Organizations;
        var graph = projection.Graph;
        var metrics = NetworkMetrics.Compute(graph, projection.SectorsById(), cancellationToken);
        progress?.Report(0.05);
        var distances = SharedParts.OrganizationsDistances(side.Memo, graph, maxDegreeOfParallelism, cancellationToken);
        progress?.Report(0.2);
        var labels = SharedParts.Communities(side.Memo, graph, options.Seed, cancellationToken);
        progress?.Report(0.35);
        var reinforcement = ReinforcementCheck.Run(side.Network, projection, side.Memo, cancellationToken);
        progress?.Report(0.5);
        var equity = EquityLens.Run(projection, new EquityOptions(), maxDegreeOfParallelism, side.Memo, cancellationToken);
        progress?.Report(0.85);
        BackboneDependenceResult? backbone = side.Network.Initiative?.Backbone is { } id && graph.TryGetIndex(id, out var index)
            ? BackboneDependence.Compute(graph, index, maxDegreeOfParallelism, cancellationToken)
            : null;
        progress?.Report(0.95);
        // The equity lens's betweenness (exact, or its sample above 5,000 organizations), read from the memo it filled.
        var sample = EquityLens.SampledSources(graph.NodeCount, new EquityOptions());
        var betweenness = SharedParts.Centrality(
            side.Memo,
            graph,
            CentralityMeasure.Betweenness,
            CentralityOptions.Default with { MaxDegreeOfParallelism = maxDegreeOfParallelism, SampleSize = sample, Seed = EquityOptions.BetweennessSeed },
            cancellationToken);
        progress?.Report(1);
        return new SideMeasures(
            metrics,
            distances.Shape.AverageShortestPath,
            // Undefined without an edge (NetworkX divides by zero there).
            graph.EdgeCount == 0 ? null : Analytics.Communities.Modularity.Compute(graph, labels),
            labels.Distinct().Count(),
            reinforcement,
            equity,
            backbone,
            betweenness,
            sample,
            sample is { } k && graph.NodeCount >= 3 ? EquityLens.ErrorBound(graph.NodeCount, k) : null);
    }
}
