using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>
/// Seeded random graphs big enough that the measures the cancellation tests stop run for seconds uncancelled, built once
/// per test run and shared.
/// </summary>
internal static class LargeGraphs
{
    private static readonly Lazy<UndirectedGraph> DenseGraph = new(() => RandomGraphs.Sparse(seed: 1, nodes: 20_000, edges: 1_000_000));
    private static readonly Lazy<UndirectedGraph> WideGraph = new(() => RandomGraphs.Sparse(seed: 1, nodes: 200_000, edges: 1_000_000));

    /// <summary>20,000 nodes, 1,000,000 edges (mean degree 100): common-neighbour and triangle work of ~10⁹ steps.</summary>
    public static UndirectedGraph Dense => DenseGraph.Value;

    /// <summary>200,000 nodes, 1,000,000 edges: Louvain sweeps for seconds.</summary>
    public static UndirectedGraph Wide => WideGraph.Value;
}
