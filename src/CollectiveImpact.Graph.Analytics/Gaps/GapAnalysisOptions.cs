namespace CollectiveImpact.Graph.Analytics.Gaps;

/// <summary>
/// Parameters of <see cref="GapAnalysis"/>.
/// </summary>
/// <param name="AsOf">
/// The day the analysis looks from: data is recent when measured in the <paramref name="StaleAfterDays"/> up to and
/// including it, and measurements after it are ignored (so an analysis "as of" a past day reads as it would have
/// then). Required here so the analysis stays a pure function; the API passes today by default.
/// </param>
/// <param name="StaleAfterDays">How many days back a measurement still counts as recent; default 365, zero or more.</param>
/// <param name="Goal">When set, only findings about this goal (see <see cref="GapAnalysis"/> for what "about" means).</param>
/// <param name="Kinds">When set, only findings of these kinds.</param>
public sealed record GapAnalysisOptions(
    DateOnly AsOf,
    int StaleAfterDays = 365,
    string? Goal = null,
    IReadOnlyCollection<GapKind>? Kinds = null);
