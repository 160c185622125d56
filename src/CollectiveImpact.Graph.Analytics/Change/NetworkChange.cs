using CollectiveImpact.Graph.Analytics.Brokerage;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>What changed from one side to the other (analyses.md §6): see <see cref="NetworkComparison"/>.</summary>
/// <param name="FromLabel">The "from" side: a snapshot's name, or its date.</param>
/// <param name="FromDate">The date the "from" side was read as of.</param>
/// <param name="ToLabel">The "to" side: a snapshot's name, or its date.</param>
/// <param name="ToDate">The date the "to" side was read as of.</param>
/// <param name="Organizations">Organizations joined and left.</param>
/// <param name="People">People joined and left.</param>
/// <param name="TiesAdded">Ties on "to" and not on "from".</param>
/// <param name="TiesEnded">Ties on "from" and not on "to".</param>
/// <param name="Metrics">The ORGANIZATIONS projection's network metrics.</param>
/// <param name="Reinforcement">The reinforcement index, of the initiative and per goal.</param>
/// <param name="Equity">The equity lens's summary per measure (its defaults).</param>
/// <param name="BackboneDependence">The share (0–1) of connected pairs of organizations other than the backbone that
/// are farther apart, or no longer connected, without the backbone; null on a side without a backbone or without such
/// a pair.</param>
/// <param name="Movers">The organizations whose degree and betweenness rose or fell most.</param>
/// <param name="Sentences">What changed, in sentences to read out.</param>
public sealed record NetworkChange(
    string FromLabel,
    DateOnly FromDate,
    string ToLabel,
    DateOnly ToDate,
    MembershipChange Organizations,
    MembershipChange People,
    TieChanges TiesAdded,
    TieChanges TiesEnded,
    IReadOnlyList<NamedMetricChange> Metrics,
    ReinforcementChange Reinforcement,
    IReadOnlyList<EquityChange> Equity,
    MetricChange BackboneDependence,
    Movers Movers,
    IReadOnlyList<string> Sentences);
