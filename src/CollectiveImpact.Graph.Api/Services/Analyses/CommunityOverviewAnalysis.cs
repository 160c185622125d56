using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// The communities of one projection named, described and joined (<see cref="CommunityOverviews"/>): the same seeded
/// Louvain partition as <see cref="CommunitiesAnalysis"/>, computed once per version for both.
/// </summary>
public sealed record CommunityOverviewAnalysis(ProjectionKind Projection, int Seed) : IAnalysis<CommunityOverview>
{
    public string Name => "communityOverview";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("projection", Projection), new("seed", Seed)];

    public void Validate(ProjectedNetwork network)
    {
    }

    public CommunityOverview Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var graph = network.Projections.Get(Projection).Graph;
        var partition = CommunityOverviews.Partition(graph, Projection.ToString(), Seed, network.Memo, cancellationToken);
        return CommunityOverviews.Build(network.Network, graph, partition, network.Memo, cancellationToken);
    }
}
