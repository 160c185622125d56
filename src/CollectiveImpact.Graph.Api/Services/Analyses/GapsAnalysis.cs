using CollectiveImpact.Graph.Analytics.Gaps;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>Where the five conditions of collective impact are missing (<see cref="GapAnalysis"/>, analyses.md §2).</summary>
/// <param name="AsOf">The day it looks from (the API's default: today, UTC).</param>
/// <param name="StaleAfterDays">How many days back a measurement still counts as recent; zero or more.</param>
/// <param name="Goal">Only findings about this goal; null for all.</param>
/// <param name="Kinds">Only findings of these kinds; null for all.</param>
public sealed record GapsAnalysis(DateOnly AsOf, int StaleAfterDays, string? Goal, IReadOnlyList<GapKind>? Kinds) : IAnalysis<GapReport>
{
    public string Name => "gaps";

    public IEnumerable<KeyValuePair<string, object?>> KeyParameters() =>
        [new("asOf", AsOf), new("staleAfterDays", StaleAfterDays), new("goal", Goal), new("kinds", Kinds)];

    public void Validate(ProjectedNetwork network)
    {
        if (StaleAfterDays < 0)
        {
            throw ApiError.InvalidArgument($"staleAfterDays: must be zero or more; got {StaleAfterDays}.");
        }

        if (Goal is not null && network.FindNode(Goal) is not Store.Domain.Goal)
        {
            throw ApiError.InvalidArgument($"goal: '{Goal}' names no goal.");
        }
    }

    public GapReport Compute(ProjectedNetwork network, CancellationToken cancellationToken) =>
        GapAnalysis.Run(network.Network, network.Projections.Organizations, new GapAnalysisOptions(AsOf, StaleAfterDays, Goal, Kinds), cancellationToken);
}
