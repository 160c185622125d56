namespace CollectiveImpact.Graph.Analytics.Equity;

/// <summary>One measure on the ORGANIZATIONS projection, compared between community-led and other organizations and across sectors.</summary>
/// <param name="Measure">The measure's name (a <see cref="Centrality.CentralityMeasure"/> name, or Constraint / EffectiveSize).</param>
/// <param name="CommunityLed">The scores of community-led organizations.</param>
/// <param name="Others">The scores of all other organizations.</param>
/// <param name="BySector">One entry per sector present, in <see cref="Store.Domain.Sector"/> order, organizations without a sector last.</param>
/// <param name="SampledSources">For an estimate (betweenness from sampled sources), how many sources; null when exact.</param>
/// <param name="ErrorBound">
/// For an estimate, ε such that each organization's estimated score, and each mean of scores, is within ε of the exact
/// one with probability at least <see cref="EquityOptions.BoundConfidence"/> (Hoeffding's inequality; see
/// <see cref="EquityLens"/>); null when exact.
/// </param>
public sealed record EquityMeasure(
    string Measure,
    GroupSummary CommunityLed,
    GroupSummary Others,
    IReadOnlyList<SectorSummary> BySector,
    int? SampledSources = null,
    double? ErrorBound = null);
