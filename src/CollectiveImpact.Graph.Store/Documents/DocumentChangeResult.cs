using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>
/// The outcome of reading a document as a write: the change ready for <see cref="INetworkStore.WriteAsync"/>
/// exactly when <see cref="Problems"/> (shape and consistency together) is empty.
/// </summary>
public sealed record DocumentChangeResult(NetworkChange? Change, IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
