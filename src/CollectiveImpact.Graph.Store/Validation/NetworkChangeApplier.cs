using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>The reference semantics of a write. PLACEHOLDER: the documents helper replaces this file.</summary>
public static class NetworkChangeApplier
{
    public static Network Apply(Network current, NetworkChange change) =>
        throw new NotImplementedException("Placeholder until the applier lands.");
}
