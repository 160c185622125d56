using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>What a write did: the network version it produced, the entries it wrote, and how many it removed.</summary>
public sealed record WriteResult(long Version, EntityCounts Written, int Deleted);
