using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Structure;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// The network-level shape of one projection (<see cref="NetworkMetrics"/>): size, density, components, distances in
/// the largest component, clustering, Freeman centralization, and the by-sector measures (organizations' sectors;
/// nodes without one are left out of those two).
/// </summary>
/// <param name="Projection">The projection it runs on.</param>
/// <param name="Distances">False for the cheap metrics only: everything but the all-pairs average path (left null),
/// which a background job computes when it would not fit a request (docs/jobs.md). The diameter is cheap (iFUB) and
/// always there.</param>
public sealed record NetworkMetricsAnalysis(ProjectionKind Projection, bool Distances = true)
    : IParallelAnalysis<NetworkMetricsResult>, IProgressAnalysis<NetworkMetricsResult>
{
    public string Name => "networkMetrics";

    /// <summary>The most threads its searches may use (set by the scheduler; null: every core). Not a key parameter: the result does not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    public IParallelAnalysis<NetworkMetricsResult> WithMaxDegreeOfParallelism(int? maxDegreeOfParallelism) =>
        this with { MaxDegreeOfParallelism = maxDegreeOfParallelism };

    /// <summary>Told the fraction of the all-pairs average path done; null for none. Not a key parameter.</summary>
    public IProgress<double>? Progress { get; init; }

    public IAnalysis<NetworkMetricsResult> WithProgress(IProgress<double> progress) => this with { Progress = progress };

    // The full metrics keep the key they always had; only the cheap part adds its flag.
    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() =>
        Distances ? [new("projection", Projection)] : [new("projection", Projection), new("distances", false)];

    public void Validate(ProjectedNetwork network)
    {
    }

    public NetworkMetricsResult Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        // The cheap measures, then the all-pairs average path (O(n · m)) as before: the one part that may be long.
        var projection = network.Projections.Get(Projection);
        var metrics = NetworkMetrics.Compute(projection.Graph, projection.SectorsById(), cancellationToken);
        return Distances
            ? metrics with
            {
                AverageShortestPathLength = AveragePathLength.Compute(projection.Graph, Progress, cancellationToken, MaxDegreeOfParallelism),
            }
            : metrics;
    }
}
