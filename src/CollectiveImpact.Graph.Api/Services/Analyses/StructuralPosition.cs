namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// A node's place among structural holes: Burt's constraint and effective size (null where undefined: an isolate),
/// and its rank by constraint, lowest (the most brokerage opportunity) first.
/// </summary>
public sealed record StructuralPosition(string Id, double? Constraint, double? EffectiveSize, int Rank);
