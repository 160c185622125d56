using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>
/// How many ties added (or ended) join these two sectors, an unordered pair in <see cref="Sector"/> order (null, no
/// sector, last): a tie's end counts with its organization's sector, or its person's organization's.
/// </summary>
public sealed record SectorPairCount(Sector? First, Sector? Second, int Count)
{
    /// <summary>Both sectors are known and differ.</summary>
    public bool CrossSector => First is { } a && Second is { } b && a != b;
}
