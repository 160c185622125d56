using CollectiveImpact.Graph.Analytics.Clustering;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Clustering;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.average_clustering</c> (unweighted, <c>weight="weight"</c>, and
/// <c>count_zeros=False</c>) on every fixture graph (Fixtures/structure.json; null where NetworkX raises
/// ZeroDivisionError); the hand-checked case is worked out in its comment.
/// </summary>
public sealed class AverageClusteringTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var graph = FixtureGraph.Load(name).Graph;
        var expected = StructureReference.For(name);

        var plain = AverageClustering.Compute(graph);
        var weighted = AverageClustering.Compute(graph, weighted: true);
        var nonZero = AverageClustering.Compute(graph, countZeros: false);

        StructureReference.AssertValue(expected.GetProperty("average_clustering"), plain);
        StructureReference.AssertValue(expected.GetProperty("average_clustering_weighted"), weighted);
        StructureReference.AssertValue(expected.GetProperty("average_clustering_nonzero"), nonZero);
    }

    [Fact]
    public void Compute_TriangleWithPendant_AveragesOverAllNodesOrOnlyNonZero()
    {
        // Local coefficients 1, 1, 1/3, 0: mean 7/12 over all four, 7/9 over the three non-zero.
        var graph = CanonicalGraphs.Unweighted(4, (0, 1), (1, 2), (0, 2), (2, 3));

        Assert.Equal(7.0 / 12, AverageClustering.Compute(graph)!.Value, 12);
        Assert.Equal(7.0 / 9, AverageClustering.Compute(graph, countZeros: false)!.Value, 12);
    }

    [Fact]
    public void Compute_EmptyGraph_IsUndefined()
    {
        Assert.Null(AverageClustering.Compute(CanonicalGraphs.Empty()));
    }

    [Fact]
    public void Compute_NoTriangleWithoutZeros_IsUndefined()
    {
        Assert.Null(AverageClustering.Compute(CanonicalGraphs.Path(3), countZeros: false));
    }
}
