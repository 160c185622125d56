using CollectiveImpact.Graph.Analytics.Brokerage;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// What the network would look like with the best <paramref name="Top"/> brokerage introductions made
/// (<see cref="WhatIf"/>): components, average path and reinforcement index before and after, nothing stored.
/// </summary>
public sealed record WhatIfAnalysis(int Top, int Seed) : IParallelAnalysis<WhatIfReport>
{
    public string Name => "whatIf";

    /// <summary>The most threads its searches may use (set by the scheduler; null: every core). Not a key parameter: the result does not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    public IParallelAnalysis<WhatIfReport> WithMaxDegreeOfParallelism(int? maxDegreeOfParallelism) =>
        this with { MaxDegreeOfParallelism = maxDegreeOfParallelism };

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() => [new("top", Top), new("seed", Seed)];

    public void Validate(ProjectedNetwork network) => AnalysisArguments.RequireTop(Top);

    public WhatIfReport Compute(ProjectedNetwork network, CancellationToken cancellationToken)
    {
        var organizations = network.Projections.Organizations;
        var introductions = BrokerageRecommender.Run(network.Network, organizations, new BrokerageOptions(Top, Seed), network.Memo, cancellationToken).Recommendations;
        return WhatIf.Run(network.Network, organizations, introductions, MaxDegreeOfParallelism, network.Memo, cancellationToken);
    }
}
