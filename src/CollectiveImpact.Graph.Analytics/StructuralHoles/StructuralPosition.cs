namespace CollectiveImpact.Graph.Analytics.StructuralHoles;

/// <summary>
/// A node's place among structural holes (<see cref="StructuralHolesRanking"/>): Burt's constraint and effective size
/// (<see cref="double.NaN"/> where undefined: an isolate), and its rank by constraint, lowest (the most brokerage
/// opportunity) first.
/// </summary>
public sealed record StructuralPosition(string Id, double Constraint, double EffectiveSize, int Rank);
