namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>A FEEDS_INTO tie between two activities: <see cref="From"/>'s outputs are <see cref="To"/>'s inputs.</summary>
public sealed record ActivityFlow(string From, string To);
