using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Api.Services.Errors;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>Pairs of activities doing much the same thing, coordinated or not (<see cref="OverlapAnalysis"/>, analyses.md §3).</summary>
/// <param name="MinSimilarity">The least Jaccard similarity of their indicator sets, 0..1.</param>
/// <param name="Coordination">Only pairs with this status; null for both. Applied on reading, so not part of the cache key.</param>
public sealed record OverlapsAnalysis(double MinSimilarity, OverlapStatus? Coordination) : IAnalysis<OverlapReport>
{
    public string Name => "overlaps";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("minSimilarity", MinSimilarity)];

    public void Validate(ProjectedNetwork network)
    {
        if (!(MinSimilarity is >= 0 and <= 1))
        {
            throw new ArgumentProblem($"minSimilarity: must be between 0 and 1; got {MinSimilarity}.");
        }
    }

    public OverlapReport Compute(ProjectedNetwork network, CancellationToken cancellationToken) =>
        OverlapAnalysis.Run(network.Network, network.Projections.Organizations, new OverlapOptions(MinSimilarity), network.Memo, cancellationToken);
}
