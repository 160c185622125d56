using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Analytics.Structure;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>
/// Everything <see cref="NetworkComparison"/> measures on one side's ORGANIZATIONS projection, computed with the
/// analyses that define each part (<see cref="NetworkComparison.Measure"/>): the two sides can be measured apart, at
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
    internal static SideMeasures Of(ComparisonSide side, ComparisonOptions options, int? maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var projection = side.Organizations;
        var graph = projection.Graph;
        var metrics = NetworkMetrics.Compute(graph, projection.SectorsById(), cancellationToken);
        var distances = SharedParts.OrganizationsDistances(side.Memo, graph, maxDegreeOfParallelism, cancellationToken);
        var labels = SharedParts.Communities(side.Memo, graph, options.Seed, cancellationToken);
        var reinforcement = ReinforcementCheck.Run(side.Network, projection, side.Memo, cancellationToken);
        var equity = EquityLens.Run(projection, new EquityOptions(), maxDegreeOfParallelism, side.Memo, cancellationToken);
        BackboneDependenceResult? backbone = side.Network.Initiative?.Backbone is { } id && graph.TryGetIndex(id, out var index)
            ? BackboneDependence.Compute(graph, index, maxDegreeOfParallelism, cancellationToken)
            : null;
        // The equity lens's betweenness (exact, or its sample above 5,000 organizations), read from the memo it filled.
        var sample = EquityLens.SampledSources(graph.NodeCount, new EquityOptions());
        var betweenness = SharedParts.Centrality(
            side.Memo,
            graph,
            CentralityMeasure.Betweenness,
            CentralityOptions.Default with { MaxDegreeOfParallelism = maxDegreeOfParallelism, SampleSize = sample, Seed = EquityOptions.BetweennessSeed },
            cancellationToken);
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
