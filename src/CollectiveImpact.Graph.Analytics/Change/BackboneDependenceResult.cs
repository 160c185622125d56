namespace CollectiveImpact.Graph.Analytics.Change;

/// <summary>What <see cref="BackboneDependence"/> counted: unordered pairs of organizations other than the backbone.</summary>
/// <param name="ConnectedPairs">Pairs joined by a path.</param>
/// <param name="DependentPairs">Of those, the pairs farther apart, or no longer joined, without the backbone.</param>
public sealed record BackboneDependenceResult(long ConnectedPairs, long DependentPairs)
{
    /// <summary>Dependent ÷ connected pairs, 0–1; null when no pair is connected.</summary>
    public double? Share => ConnectedPairs == 0 ? null : (double)DependentPairs / ConnectedPairs;
}
