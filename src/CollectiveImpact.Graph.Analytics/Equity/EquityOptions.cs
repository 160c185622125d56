using CollectiveImpact.Graph.Analytics.Centrality;

namespace CollectiveImpact.Graph.Analytics.Equity;

/// <summary>Parameters of <see cref="EquityLens"/>.</summary>
/// <param name="Measures">
/// The centrality measures to compare; default degree, betweenness, closeness and eigenvector (each with NetworkX's
/// defaults through <see cref="CentralityCalculator.Compute"/>).
/// </param>
/// <param name="StructuralHoles">Also compare Burt's constraint and effective size (unweighted); default true.</param>
/// <param name="ExactBetweenness">
/// Compute betweenness exactly whatever the size (O(V·E): about 45 s on a 20,000-organization projection, work for a
/// background job). Default false: exact up to <see cref="ExactBetweennessUpTo"/> organizations, above that estimated
/// from <see cref="BetweennessSamples"/> sampled sources (NetworkX's <c>k</c>, seed <see cref="BetweennessSeed"/>), the
/// estimate's error bound stated in <see cref="EquityMeasure.ErrorBound"/>.
/// </param>
public sealed record EquityOptions(IReadOnlyList<CentralityMeasure>? Measures = null, bool StructuralHoles = true, bool ExactBetweenness = false)
{
    /// <summary>The largest ORGANIZATIONS projection whose betweenness the lens computes exactly by default.</summary>
    public const int ExactBetweennessUpTo = 5_000;

    /// <summary>Sampled sources of the default estimate above <see cref="ExactBetweennessUpTo"/> organizations.</summary>
    public const int BetweennessSamples = 100;

    /// <summary>Seed of the default estimate's sampled sources.</summary>
    public const int BetweennessSeed = 0;

    /// <summary>The confidence the stated error bound holds with: 1 − δ, δ = 0.05.</summary>
    public const double BoundConfidence = 0.95;

    public static IReadOnlyList<CentralityMeasure> DefaultMeasures { get; } =
        [CentralityMeasure.Degree, CentralityMeasure.Betweenness, CentralityMeasure.Closeness, CentralityMeasure.Eigenvector];
}
