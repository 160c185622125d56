using CollectiveImpact.Graph.Analytics.Clustering;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Structure;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// The network-level shape of one projection (<see cref="NetworkMetrics"/>): size, density, components, distances in
/// the largest component, clustering, Freeman centralization, and the by-sector measures (organizations' sectors;
/// nodes without one are left out of those two).
/// </summary>
/// <param name="Projection">The projection it runs on.</param>
/// <param name="Distances">False for the cheap metrics only: everything but the all-pairs diameter and average path
/// (left null), which a background job computes when they would not fit a request (docs/jobs.md).</param>
public sealed record NetworkMetricsAnalysis(ProjectionKind Projection, bool Distances = true) : IParallelAnalysis<NetworkMetricsResult>
{
    public string Name => "networkMetrics";

    /// <summary>The most threads its searches may use (set by the scheduler; null: every core). Not a key parameter: the result does not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    public IParallelAnalysis<NetworkMetricsResult> WithMaxDegreeOfParallelism(int? maxDegreeOfParallelism) =>
        this with { MaxDegreeOfParallelism = maxDegreeOfParallelism };

    // The full metrics keep the key they always had; only the cheap part adds its flag.
    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() =>
        Distances ? [new("projection", Projection)] : [new("projection", Projection), new("distances", false)];

    public void Validate(ProjectedNetwork network)
    {
    }

    public NetworkMetricsResult Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var projection = network.Projections.Get(Projection);
        return Distances
            ? NetworkMetrics.Compute(projection.Graph, SectorsById(projection), MaxDegreeOfParallelism, cancellationToken)
            : WithoutDistances(projection.Graph, SectorsById(projection), cancellationToken);
    }

    /// <summary>
    /// <see cref="NetworkMetrics.Compute"/> without the all-pairs distance measures: each value is the same measure's.
    /// </summary>
    /// <remarks>TODO(issue 14, item 4): use the Analytics split of NetworkMetrics into cheap and all-pairs parts once
    /// it is merged (branch h-spectral), instead of calling the measures one by one here.</remarks>
    private static NetworkMetricsResult WithoutDistances(UndirectedGraph graph, IReadOnlyDictionary<string, string?> sectors, CancellationToken cancellationToken)
    {
        var components = ConnectedComponents.Compute(graph, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var transitivity = Transitivity.Compute(graph);
        cancellationToken.ThrowIfCancellationRequested();
        return new NetworkMetricsResult(
            graph.NodeCount,
            graph.EdgeCount,
            Density.Compute(graph),
            components.Count,
            components.LargestSize,
            Diameter: null,
            AverageShortestPathLength: null,
            transitivity,
            AverageClustering.Compute(graph),
            DegreeCentralization.Compute(graph),
            SectorAssortativity.Compute(graph, sectors),
            EIIndex.Compute(graph, sectors));
    }

    /// <summary>Each node's sector by id, as the member name (<c>Education</c>), which <see cref="Store.Domain.Sector"/> parses back.</summary>
    internal static Dictionary<string, string?> SectorsById(NetworkProjection projection)
    {
        var ids = projection.Graph.NodeIds;
        var sectors = new Dictionary<string, string?>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            sectors[ids[i]] = projection.Sectors[i]?.ToString();
        }

        return sectors;
    }
}
