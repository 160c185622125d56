namespace CollectiveImpact.Graph.Analytics.Structure;

/// <summary>
/// One sector's E-I index: of the <see cref="External"/> + <see cref="Internal"/> ties at its
/// <see cref="Nodes"/> nodes, <c>(E − I) / (E + I)</c>; <c>null</c> when the sector has no tie to a node of known
/// sector.
/// </summary>
public sealed record SectorEIIndex(string Sector, int Nodes, int External, int Internal, double? Index);
