namespace CollectiveImpact.Graph.Analytics.Execution;

/// <summary>
/// How many threads a measure's parallel loops may use. The caller decides (the API's scheduler confines each analysis
/// to the workers it was given); a measure never takes more, and without a say it takes every core.
/// </summary>
internal static class Parallelism
{
    /// <summary>The worker count for <paramref name="maxDegreeOfParallelism"/>: the machine's cores when null.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public static int Resolve(int? maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism must be at least 1 (or null for every core).");
        }

        return maxDegreeOfParallelism ?? Environment.ProcessorCount;
    }

    /// <summary>
    /// Loop options bounded by <paramref name="workers"/> and stopped by <paramref name="cancellationToken"/>: a body
    /// that throws on that token makes the loop throw one <see cref="OperationCanceledException"/>, not an
    /// <see cref="AggregateException"/>.
    /// </summary>
    public static ParallelOptions Options(int workers, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
}
