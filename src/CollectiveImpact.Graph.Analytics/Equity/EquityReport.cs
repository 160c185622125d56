namespace CollectiveImpact.Graph.Analytics.Equity;

/// <summary>What <see cref="EquityLens"/> found: one comparison per measure, in the order asked for.</summary>
/// <param name="Options">The parameters it ran with.</param>
/// <param name="Measures">One comparison per measure.</param>
/// <param name="CommunityLedAtTheEdge">The community-led organizations with at most one tie in the ORGANIZATIONS projection, by id.</param>
public sealed record EquityReport(EquityOptions Options, IReadOnlyList<EquityMeasure> Measures, IReadOnlyList<string> CommunityLedAtTheEdge);
