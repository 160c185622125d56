using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Equity;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// The equity lens (<see cref="EquityLens"/>): do community-led organizations sit at the edge? Centrality and
/// structural holes on the ORGANIZATIONS projection, community-led versus the others and per sector. It runs on
/// ORGANIZATIONS only, because community-led and sector are what organizations are.
/// </summary>
/// <param name="Measures">The centralities to compare, distinct and in enum order.</param>
/// <param name="StructuralHoles">Also compare Burt's constraint and effective size.</param>
public sealed record EquityLensAnalysis(IReadOnlyList<CentralityMeasure> Measures, bool StructuralHoles) : IParallelAnalysis<EquityReport>
{
    public string Name => "equityLens";

    /// <summary>The most threads its searches may use (set by the scheduler; null: every core). Not a key parameter: the result does not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    public IParallelAnalysis<EquityReport> WithMaxDegreeOfParallelism(int? maxDegreeOfParallelism) =>
        this with { MaxDegreeOfParallelism = maxDegreeOfParallelism };

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("measures", Measures), new("structuralHoles", StructuralHoles)];

    public void Validate(ProjectedNetwork network)
    {
    }

    public EquityReport Compute(ProjectedNetwork network, CancellationToken cancellationToken) =>
        EquityLens.Run(network.Projections.Organizations, new EquityOptions(Measures, StructuralHoles), MaxDegreeOfParallelism, network.Memo, cancellationToken);
}
