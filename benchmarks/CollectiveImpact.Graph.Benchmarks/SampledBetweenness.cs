namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// The sample the benchmarks use for betweenness where exact is too slow to run in a benchmark loop: k sources drawn
/// with a fixed seed (Brandes and Pich 2007, NetworkX's <c>k</c>). It costs about k/n of the exact run.
/// </summary>
public static class SampledBetweenness
{
    public const int SampleSize = 1000;

    public const int Seed = 42;
}
