namespace CollectiveImpact.Graph.Api.Services;

/// <summary>Something an import does, or would do, that its sender may not have meant: a stable code and a sentence.</summary>
public sealed record ImportWarning(string Code, string Message)
{
    /// <summary>The import removes more than half of the stored nodes, or more than half of the stored ties.</summary>
    public const string MostOfNetworkRemoved = "MOST_OF_NETWORK_REMOVED";
}
