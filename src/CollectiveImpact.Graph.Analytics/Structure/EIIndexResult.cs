namespace CollectiveImpact.Graph.Analytics.Structure;

/// <summary>
/// The network's E-I index by sector (<see cref="Index"/>, over <see cref="External"/> cross-sector and
/// <see cref="Internal"/> same-sector ties; <c>null</c> when there are none) and each sector's own, in ordinal order
/// of sector name.
/// </summary>
public sealed record EIIndexResult(int External, int Internal, double? Index, IReadOnlyList<SectorEIIndex> Sectors);
