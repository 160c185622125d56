namespace CollectiveImpact.Graph.Analytics.Connectivity;

/// <summary>A bridge: the edge between nodes <see cref="U"/> and <see cref="V"/> (ids, <c>U</c> the lower node index).</summary>
public sealed record Bridge(string U, string V);
