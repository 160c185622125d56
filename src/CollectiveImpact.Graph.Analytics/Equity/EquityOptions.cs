using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Analytics.Equity;

/// <summary>Parameters of <see cref="EquityLens"/>.</summary>
/// <param name="Measures">
/// The centrality measures to compare; default degree, betweenness, closeness and eigenvector (each with NetworkX's
/// defaults through <see cref="CentralityCalculator.Compute"/>).
/// </param>
/// <param name="StructuralHoles">Also compare Burt's constraint and effective size (unweighted); default true.</param>
public sealed record EquityOptions(IReadOnlyList<CentralityMeasure>? Measures = null, bool StructuralHoles = true)
{
    public static IReadOnlyList<CentralityMeasure> DefaultMeasures { get; } =
        [CentralityMeasure.Degree, CentralityMeasure.Betweenness, CentralityMeasure.Closeness, CentralityMeasure.Eigenvector];
}
