using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>Checks a write against the stored network. PLACEHOLDER: the documents helper replaces this file.</summary>
public static class NetworkChangeValidator
{
    public static IReadOnlyList<ValidationProblem> Validate(NetworkChange change, Network current) =>
        throw new NotImplementedException("Placeholder until the validator lands.");
}
