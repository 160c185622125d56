using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.StructuralHoles;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// Burt's constraint and effective size of every node of one projection (<see cref="Constraint"/>,
/// <see cref="EffectiveSize"/>), ranked by constraint ascending: the least constrained nodes span the most holes.
/// </summary>
/// <param name="Projection">The projection.</param>
/// <param name="Top">How many of the ranking to return; null for all. Applied on reading.</param>
/// <param name="Weighted">Use edge weights as tie strengths (NetworkX's <c>weight</c>); default false.</param>
public sealed record StructuralHolesAnalysis(ProjectionKind Projection, int? Top, bool Weighted) : IAnalysis<StructuralHolesResult>
{
    public string Name => "structuralHoles";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("projection", Projection), new("weighted", Weighted)];

    public void Validate(ProjectedNetwork network) => AnalysisArguments.RequireTop(Top);

    public StructuralHolesResult Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var graph = network.Projections.Get(Projection).Graph;
        var constraint = Constraint.Compute(graph, Weighted, cancellationToken);
        var effectiveSize = EffectiveSize.Compute(graph, Weighted, cancellationToken);

        // Ranking by the negated constraint puts the lowest first with NodeScores' tie and NaN rules.
        var lowestFirst = new NodeScores(graph, [.. constraint.Values.Select(c => -c)]);
        return new StructuralHolesResult([.. lowestFirst.Ranked().Select(r => new StructuralPosition(
            r.Id,
            AnalysisArguments.Defined(constraint[r.Id]),
            AnalysisArguments.Defined(effectiveSize[r.Id]),
            r.Rank))]);
    }
}
