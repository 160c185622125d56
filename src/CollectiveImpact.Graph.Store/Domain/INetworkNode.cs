namespace CollectiveImpact.Graph.Store.Domain;

/// <summary>Anything with an id in the network's single id space.</summary>
public interface INetworkNode
{
    string Id { get; }

    string Name { get; }

    NodeKind Kind { get; }
}
