using CollectiveImpact.Graph.Analytics.Progress;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// Every indicator's progress as of a day (<see cref="IndicatorProgress"/>): measurements after <paramref name="AsOf"/>
/// are left out, so a past day reads as it would have then. The summaries, in document order, are what is cached.
/// </summary>
public sealed record ProgressAnalysis(DateOnly AsOf) : IAnalysis<IReadOnlyList<ProgressSummary>>
{
    public string Name => "indicatorProgress";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("asOf", AsOf)];

    public void Validate(ProjectedNetwork network)
    {
    }

    public IReadOnlyList<ProgressSummary> Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var upToAsOf = network.Network.Measurements.Where(m => m.CountsOn(AsOf)).ToLookup(m => m.Indicator, StringComparer.Ordinal);
        return [.. network.Network.Indicators.Select(i =>
        {
            // One indicator's progress is a pass over its measurements: looking here bounds the wait by one of them.
            cancellationToken.ThrowIfCancellationRequested();
            return IndicatorProgress.Of(i, [.. upToAsOf[i.Id]]);
        })];
    }
}
