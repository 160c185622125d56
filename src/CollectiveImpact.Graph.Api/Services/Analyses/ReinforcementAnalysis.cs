using CollectiveImpact.Graph.Analytics.Reinforcement;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// The mutual reinforcement check of analyses.md §4 (<see cref="ReinforcementCheck"/>); it has no parameters. Its
/// report is cached as it is: the unreinforced pairs are data, and their sentences are written only when read.
/// </summary>
public sealed record ReinforcementAnalysis : IAnalysis<ReinforcementReport>
{
    public string Name => "reinforcement";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [];

    public void Validate(ProjectedNetwork network)
    {
    }

    public ReinforcementReport Compute(ProjectedNetwork network, CancellationToken cancellationToken) =>
        ReinforcementCheck.Run(network.Network, network.Projections.Organizations, network.Memo, cancellationToken);
}
