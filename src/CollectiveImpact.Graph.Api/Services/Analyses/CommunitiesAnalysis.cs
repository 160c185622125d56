using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>Louvain communities of one projection (<see cref="Louvain.Detect"/>, weighted, resolution 1); the seed makes it reproducible.</summary>
public sealed record CommunitiesAnalysis(ProjectionKind Projection, int Seed) : IAnalysis<LouvainResult>
{
    public string Name => "communities";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("projection", Projection), new("seed", Seed)];

    public void Validate(ProjectedNetwork network)
    {
    }

    // Shared through the version's memo with the community overview of the same projection and seed.
    public LouvainResult Compute(ProjectedNetwork network, CancellationToken cancellationToken) =>
        CommunityOverviews.Partition(network.Projections.Get(Projection).Graph, Projection.ToString(), Seed, network.Memo, cancellationToken);
}
