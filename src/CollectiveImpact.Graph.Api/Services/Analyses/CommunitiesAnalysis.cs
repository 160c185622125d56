using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>Louvain communities of one projection (<see cref="Louvain.Detect"/>, weighted, resolution 1); the seed makes it reproducible.</summary>
public sealed record CommunitiesAnalysis(ProjectionKind Projection, int Seed) : IAnalysis<CommunitiesResult>
{
    public string Name => "communities";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("projection", Projection), new("seed", Seed)];

    public void Validate(ProjectedNetwork network)
    {
    }

    public CommunitiesResult Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var louvain = Louvain.Detect(network.Projections.Get(Projection).Graph, Seed, cancellationToken: cancellationToken);
        return new CommunitiesResult(
            AnalysisArguments.Defined(louvain.Modularity),
            louvain.Levels,
            louvain.Resolution,
            [.. louvain.Communities.Select((members, index) => new Community(index, members))]);
    }
}
