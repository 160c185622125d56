using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Equity;

/// <summary>A measure summarized over the organizations of one sector (null: organizations without a sector).</summary>
public sealed record SectorSummary(Sector? Sector, GroupSummary Summary);
