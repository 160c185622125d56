namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>How many of each kind of entry a network, document or write holds.</summary>
public sealed record EntityCounts(
    int Initiatives,
    int Goals,
    int Indicators,
    int Measurements,
    int Organizations,
    int People,
    int Activities,
    int Ties)
{
    public int Total => Initiatives + Goals + Indicators + Measurements + Organizations + People + Activities + Ties;
}
