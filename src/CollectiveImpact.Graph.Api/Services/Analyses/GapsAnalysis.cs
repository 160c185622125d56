using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Api.Services.Errors;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>Where the five conditions of collective impact are missing (<see cref="GapAnalysis"/>, analyses.md §2).</summary>
/// <param name="AsOf">The day it looks from (the API's default: today, UTC).</param>
/// <param name="StaleAfterDays">How many days back a measurement still counts as recent; 0 to <see cref="MaxStaleAfterDays"/>.</param>
/// <param name="Goal">Only findings about this goal; null for all.</param>
/// <param name="Kinds">Only findings of these kinds; null for all.</param>
public sealed record GapsAnalysis(DateOnly AsOf, int StaleAfterDays, string? Goal, IReadOnlyList<GapKind>? Kinds) : IAnalysis<GapReport>
{
    public const int MaxStaleAfterDays = 36_500;

    public string Name => "gaps";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() =>
        [new("asOf", AsOf), new("staleAfterDays", StaleAfterDays), new("goal", Goal), new("kinds", Kinds)];

    public void Validate(ProjectedNetwork network)
    {
        // The upper bound keeps asOf minus the window a real date (a larger window would overflow DateOnly and
        // answer INTERNAL); a century already counts every measurement as recent.
        if (StaleAfterDays is < 0 or > MaxStaleAfterDays)
        {
            throw new ArgumentProblem($"staleAfterDays: must be between 0 and {MaxStaleAfterDays} (a century); got {StaleAfterDays}.");
        }

        if (Goal is not null && network.FindNode(Goal) is not Store.Domain.Goal)
        {
            throw new ArgumentProblem($"goal: '{Goal}' names no goal.");
        }
    }

    public GapReport Compute(ProjectedNetwork network, CancellationToken cancellationToken) =>
        GapAnalysis.Run(network.Network, network.Projections.Organizations, new GapAnalysisOptions(AsOf, StaleAfterDays, Goal, Kinds), network.Memo, cancellationToken);
}
