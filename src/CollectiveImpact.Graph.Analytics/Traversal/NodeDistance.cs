namespace CollectiveImpact.Graph.Analytics.Traversal;

/// <summary>A node index and its distance in hops from the node a traversal started at.</summary>
public readonly record struct NodeDistance(int Node, int Distance);
