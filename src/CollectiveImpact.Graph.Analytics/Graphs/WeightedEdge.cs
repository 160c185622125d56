namespace CollectiveImpact.Graph.Analytics.Graphs;

/// <summary>An undirected edge between node indices <see cref="U"/> &lt; <see cref="V"/>, with a positive weight.</summary>
public readonly record struct WeightedEdge(int U, int V, double Weight);
