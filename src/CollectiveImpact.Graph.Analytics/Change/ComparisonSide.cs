using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>
/// One side of a comparison (<see cref="NetworkComparison"/>): the network as of <paramref name="Date"/> (already
/// filtered by <see cref="TimeRule.AsOf"/>: only what counts on the date) with its ORGANIZATIONS projection.
/// </summary>
/// <param name="Label">How sentences name the side: a snapshot's name, or the date.</param>
/// <param name="Date">The date the network was read as of.</param>
/// <param name="Network">The network as of <paramref name="Date"/>.</param>
/// <param name="Organizations">Its ORGANIZATIONS projection.</param>
/// <param name="Snapshot">Whether the side is a snapshot (its label is then a name, quoted in sentences) rather than a date.</param>
/// <param name="Memo">The memo of the analyses of this network, when it has one (then the parts they share are reused).</param>
public sealed record ComparisonSide(string Label, DateOnly Date, Network Network, NetworkProjection Organizations, AnalysisMemo? Memo = null, bool Snapshot = false);
