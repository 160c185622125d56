using CollectiveImpact.Graph.Analytics.Reinforcement;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>The mutual reinforcement check of analyses.md §4 (<see cref="ReinforcementCheck"/>); it has no parameters.</summary>
public sealed record ReinforcementAnalysis : IAnalysis<ReinforcementResult>
{
    public string Name => "reinforcement";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [];

    public void Validate(ProjectedNetwork network)
    {
    }

    public ReinforcementResult Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var report = ReinforcementCheck.Run(network.Network, network.Projections.Organizations, cancellationToken);
        return new ReinforcementResult(
            report.Index,
            report.PairCount,
            report.ReinforcedCount,
            [.. report.Goals.Select(g => new GoalReinforcementResult(
                g.Goal,
                g.Activities,
                g.PairCount,
                g.ReinforcedCount,
                g.Index,
                [.. g.UnreinforcedPairs.Select(p =>
                {
                    // Writing each pair's sentence is most of this analysis's time on a large network (millions of pairs).
                    cancellationToken.ThrowIfCancellationRequested();
                    return new UnreinforcedPair(p.ActivityA, p.ActivityB, p.LeadA, p.LeadB, p.Message);
                })],
                g.Pipelines))],
            report.Pipelines);
    }
}
