using CollectiveImpact.Graph.Analytics.Brokerage;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// Where the backbone should broker new connections (<see cref="BrokerageRecommender"/>, analyses.md §5): the best
/// <paramref name="Top"/> pairs of organizations not yet joined that share a goal, ranked by what they share and how far
/// apart they are.
/// </summary>
/// <param name="Top">How many recommendations; the search itself is bounded by it, so it is part of the cache key.</param>
/// <param name="Seed">Seeds the Louvain communities the score reads.</param>
public sealed record BrokerageAnalysis(int Top, int Seed) : IAnalysis<BrokerageReport>
{
    public string Name => "brokerage";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("top", Top), new("seed", Seed)];

    public void Validate(ProjectedNetwork network) => AnalysisArguments.RequireTop(Top);

    public BrokerageReport Compute(ProjectedNetwork network, CancellationToken cancellationToken) =>
        BrokerageRecommender.Run(network.Network, network.Projections.Organizations, new BrokerageOptions(Top, Seed), network.Memo, cancellationToken);
}
