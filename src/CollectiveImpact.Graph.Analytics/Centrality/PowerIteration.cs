namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>Parameter checks shared by the power-iteration measures.</summary>
internal static class PowerIteration
{
    /// <summary>NetworkX's <c>max_iter</c> default for <c>eigenvector_centrality</c> and <c>pagerank</c>.</summary>
    public const int DefaultMaxIterations = 100;

    public static void Validate(int maxIterations, double tolerance)
    {
        if (maxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "At least one iteration is needed.");
        }

        if (!(tolerance > 0) || double.IsInfinity(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive and finite.");
        }
    }
}
