namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>The whole stored network as it was at one version: what analyses and exports read.</summary>
public sealed record NetworkSnapshot(long Version, Network Network);
