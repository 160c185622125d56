using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Structure;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// The network-level shape of one projection (<see cref="NetworkMetrics"/>): size, density, components, distances in
/// the largest component, clustering, Freeman centralization, and the by-sector measures (organizations' sectors;
/// nodes without one are left out of those two).
/// </summary>
public sealed record NetworkMetricsAnalysis(ProjectionKind Projection) : IParallelAnalysis<NetworkMetricsResult>
{
    public string Name => "networkMetrics";

    /// <summary>The most threads its searches may use (set by the scheduler; null: every core). Not a key parameter: the result does not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    public IParallelAnalysis<NetworkMetricsResult> WithMaxDegreeOfParallelism(int? maxDegreeOfParallelism) =>
        this with { MaxDegreeOfParallelism = maxDegreeOfParallelism };

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("projection", Projection)];

    public void Validate(ProjectedNetwork network)
    {
    }

    public NetworkMetricsResult Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        // The cheap measures, then the all-pairs average path (O(n · m)) as before: the one part that may be long.
        var projection = network.Projections.Get(Projection);
        var metrics = NetworkMetrics.Compute(projection.Graph, SectorsById(projection), cancellationToken);
        return metrics with
        {
            AverageShortestPathLength = AveragePathLength.Compute(
                projection.Graph, progress: null, cancellationToken, MaxDegreeOfParallelism),
        };
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
