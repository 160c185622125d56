using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>The outcome of reading a document: the network exactly when <see cref="Problems"/> is empty.</summary>
public sealed record DocumentReadResult(Network? Network, IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
