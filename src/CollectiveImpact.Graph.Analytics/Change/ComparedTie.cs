using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>A tie added or ended between the sides of a comparison, with its two ends as that side held them.</summary>
public sealed record ComparedTie(ComparedNode From, ComparedNode To, TieType Type, double? Weight)
{
    /// <summary>Both ends have a sector (<see cref="ComparedNode.Sector"/>) and the sectors differ.</summary>
    public bool CrossSector => From.Sector is { } a && To.Sector is { } b && a != b;
}
