namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// Two activities with different leads that contribute to the same goal but do not reinforce one another
/// (<see cref="ReinforcementCheck"/>); <see cref="ActivityA"/> is before <see cref="ActivityB"/> in ordinal id order.
/// </summary>
public sealed record ActivityPair(string ActivityA, string ActivityB, string LeadA, string LeadB, string Message);
