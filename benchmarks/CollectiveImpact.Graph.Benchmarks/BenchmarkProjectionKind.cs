namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>The projections the benchmarks run on (network-format.md); PEOPLE adds nothing FULL does not exercise.</summary>
public enum BenchmarkProjectionKind
{
    Full,
    Organizations,
}
