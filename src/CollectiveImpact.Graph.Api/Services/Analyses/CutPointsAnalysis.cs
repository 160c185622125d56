using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>The articulation points and bridges of one projection (<see cref="ArticulationPoints"/>, <see cref="Bridges"/>).</summary>
public sealed record CutPointsAnalysis(ProjectionKind Projection) : IAnalysis<CutPointsResult>
{
    public string Name => "cutPoints";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("projection", Projection)];

    public void Validate(ProjectedNetwork network)
    {
    }

    public CutPointsResult Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var graph = network.Projections.Get(Projection).Graph;
        return new CutPointsResult(
            [.. ArticulationPoints.Find(graph, cancellationToken).Order(StringComparer.Ordinal)],
            Bridges.Find(graph, cancellationToken));
    }
}
