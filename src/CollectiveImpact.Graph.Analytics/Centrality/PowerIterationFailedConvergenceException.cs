namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// A power-iteration measure (eigenvector centrality, PageRank) did not meet its tolerance within its iteration
/// budget: NetworkX's <c>PowerIterationFailedConvergence</c>. The scores reached are not returned, because NetworkX
/// does not return them either and they are not the measure.
/// </summary>
public sealed class PowerIterationFailedConvergenceException : Exception
{
    public PowerIterationFailedConvergenceException(string measure, int iterations, double tolerance)
        : this(measure, iterations, tolerance, $"{measure} did not converge within {iterations} power iterations: the L1 change between iterations stayed "
            + $"above {tolerance:G} per node (NetworkX raises PowerIterationFailedConvergence here too).")
    {
    }

    /// <summary>The same failure, told in the words of the solver that failed.</summary>
    public PowerIterationFailedConvergenceException(string measure, int iterations, double tolerance, string message)
        : base(message)
    {
        Measure = measure;
        Iterations = iterations;
        Tolerance = tolerance;
    }

    public string Measure { get; }

    public int Iterations { get; }

    public double Tolerance { get; }
}
