using CollectiveImpact.Graph.Analytics.Clustering;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Clustering;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.transitivity</c> on every fixture graph (Fixtures/structure.json); the
/// hand-checked cases count triangles and triads in the comments.
/// </summary>
public sealed class TransitivityTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var transitivity = Transitivity.Compute(fixture.Graph);

        StructureReference.AssertValue(StructureReference.For(name).GetProperty("transitivity"), transitivity);
    }

    [Fact]
    public void Compute_TriangleWithPendant_IsThreeTrianglesOverTriads()
    {
        // Triangle 0-1-2 plus edge 2-3: 1 triangle; triads C(2,2)+C(2,2)+C(3,2)+0 = 5; 3 × 1 / 5.
        var graph = CanonicalGraphs.Unweighted(4, (0, 1), (1, 2), (0, 2), (2, 3));

        var transitivity = Transitivity.Compute(graph);

        Assert.Equal(0.6, transitivity, 12);
    }

    [Fact]
    public void Compute_NoTriangle_IsZero()
    {
        Assert.Equal(0.0, Transitivity.Compute(CanonicalGraphs.Path(5)));
        Assert.Equal(0.0, Transitivity.Compute(CanonicalGraphs.Empty()));
    }

    [Fact]
    public void Compute_CompleteGraph_IsOne()
    {
        Assert.Equal(1.0, Transitivity.Compute(CanonicalGraphs.Complete(5)), 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Compute_RandomGraph_SameBitsAsFromTwiceTriangles(int seed)
    {
        // Compute counts only the total and sums the triads in integers; network metrics takes the ratio of the
        // per-node sums. The two must agree exactly.
        var graph = RandomGraphs.Sparse(seed, nodes: 150, edges: 600);

        var direct = Transitivity.Compute(graph);
        var viaTwice = Transitivity.FromTwiceTriangles(graph, Triangles.Twice(graph, weighted: false));

        Assert.Equal(viaTwice, direct);
        Assert.True(direct > 0, "the graph should have triangles for the comparison to mean anything");
    }
}
