using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.StructuralHoles;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// Burt's constraint and effective size of every node of one projection, ranked by constraint ascending
/// (<see cref="StructuralHolesRanking"/>): the least constrained nodes span the most holes.
/// </summary>
/// <param name="Projection">The projection.</param>
/// <param name="Top">How many of the ranking to return; null for all. Applied on reading.</param>
/// <param name="Weighted">Use edge weights as tie strengths (NetworkX's <c>weight</c>); default false.</param>
public sealed record StructuralHolesAnalysis(ProjectionKind Projection, int? Top, bool Weighted) : IAnalysis<IReadOnlyList<StructuralPosition>>
{
    public string Name => "structuralHoles";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("projection", Projection), new("weighted", Weighted)];

    public void Validate(ProjectedNetwork network) => AnalysisArguments.RequireTop(Top);

    public IReadOnlyList<StructuralPosition> Compute(ProjectedNetwork network, CancellationToken cancellationToken) =>
        StructuralHolesRanking.Compute(network.Projections.Get(Projection).Graph, Weighted, cancellationToken);
}
