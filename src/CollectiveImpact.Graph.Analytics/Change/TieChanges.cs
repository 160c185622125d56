namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>The ties added (or ended) between the two sides, keyed by (from, to, type), with their counts.</summary>
/// <param name="Count">How many.</param>
/// <param name="CrossSector">Of those, how many join two organizations (or their people) of different sectors.</param>
/// <param name="ByType">Per tie type that has any, in <see cref="Store.Domain.TieType"/> order.</param>
/// <param name="BySectorPair">Per pair of sectors that has any, in sector order.</param>
/// <param name="Ties">Every one, ordered by type, then from, then to.</param>
public sealed record TieChanges(
    int Count, int CrossSector, IReadOnlyList<TieTypeCount> ByType, IReadOnlyList<SectorPairCount> BySectorPair, IReadOnlyList<ComparedTie> Ties);
