namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>Two activities of one goal, with different leads, that do not reinforce each other, and what to do about it.</summary>
public sealed record UnreinforcedPair(string ActivityA, string ActivityB, string LeadA, string LeadB, string Message);
