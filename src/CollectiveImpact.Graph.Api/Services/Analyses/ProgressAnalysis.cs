using CollectiveImpact.Graph.Analytics.Progress;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// Every indicator's progress as of a day (<see cref="IndicatorProgress"/>): measurements after <paramref name="AsOf"/>
/// are left out, so a past day reads as it would have then.
/// </summary>
public sealed record ProgressAnalysis(DateOnly AsOf) : IAnalysis<ProgressResult>
{
    public string Name => "indicatorProgress";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("asOf", AsOf)];

    public void Validate(ProjectedNetwork network)
    {
    }

    public ProgressResult Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var upToAsOf = network.Network.Measurements.Where(m => m.Date <= AsOf).ToLookup(m => m.Indicator, StringComparer.Ordinal);
        return new ProgressResult([.. network.Network.Indicators.Select(i =>
        {
            // One indicator's progress is a pass over its measurements: looking here bounds the wait by one of them.
            cancellationToken.ThrowIfCancellationRequested();
            return IndicatorProgress.Of(i, [.. upToAsOf[i.Id]]);
        })]);
    }
}
