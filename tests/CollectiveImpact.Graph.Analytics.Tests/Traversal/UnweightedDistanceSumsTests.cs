using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Analytics.Traversal;

namespace CollectiveImpact.Graph.Analytics.Tests.Traversal;

/// <summary>
/// Counting each node's sums at the target (closeness's path) must give the very integers counting them at the source
/// does: expected values come from <see cref="UnweightedDistanceSums.Compute"/> with every node a source, and from a
/// path graph's known distances (Σ |i − j|).
/// </summary>
public sealed class UnweightedDistanceSumsTests
{
    [Theory]
    [InlineData(1, 150, 200, 1)]
    [InlineData(2, 300, 450, 2)]
    [InlineData(3, 500, 480, 3)]
    [InlineData(4, 1_200, 1_300, 2)]
    public void ComputeReachAndDistance_RandomGraphsWithSeveralComponents_EqualsCountingAtTheSource(int seed, int nodes, int edges, int workers)
    {
        var graph = RandomGraphs.Sparse(seed, nodes, edges);

        var bySource = UnweightedDistanceSums.Compute(graph, sources: null, workers, CancellationToken.None);
        var byTarget = UnweightedDistanceSums.ComputeReachAndDistance(graph, workers, CancellationToken.None);

        Assert.Equal(bySource.Reached, byTarget.Reached);
        Assert.Equal(bySource.DistanceTotal, byTarget.DistanceTotal);
    }

    [Fact]
    public void ComputeReachAndDistance_Path600_HasTheSumOfHopDistances()
    {
        // 600 nodes: three 256-source batches, the last one partial.
        const int n = 600;
        var graph = CanonicalGraphs.Path(n);

        var sums = UnweightedDistanceSums.ComputeReachAndDistance(graph, workers: 2, CancellationToken.None);

        for (var v = 0; v < n; v++)
        {
            Assert.Equal(n - 1, sums.Reached[v]);
            Assert.Equal(((long)v * (v + 1) / 2) + ((long)(n - 1 - v) * (n - v) / 2), sums.DistanceTotal[v]);
        }
    }
}
