using CollectiveImpact.Graph.Analytics.Clustering;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Clustering;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.clustering</c> (unweighted and <c>weight="weight"</c>) on every fixture graph,
/// from Fixtures/structure.json; the hand-checked cases are worked out in the comments.
/// </summary>
public sealed class LocalClusteringTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var scores = LocalClustering.Compute(fixture.Graph);

        StructureReference.AssertScores(StructureReference.For(name).GetProperty("clustering"), scores);
    }

    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraphWeighted_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var scores = LocalClustering.Compute(fixture.Graph, weighted: true);

        StructureReference.AssertScores(StructureReference.For(name).GetProperty("clustering_weighted"), scores);
    }

    [Fact]
    public void Compute_KrackhardtKite_MatchesHandCount()
    {
        // Diane (3) has 6 contacts, 15 pairs of them, 8 tied: A-B, A-C, A-F, B-E, B-G, C-F, E-G, F-G.
        // Heather (7) has contacts Fernando, Garth, Ike: only Fernando-Garth are tied, 1 of 3 pairs.
        var kite = FixtureGraph.Load("krackhardt_kite").Graph;

        var scores = LocalClustering.Compute(kite);

        Assert.Equal(8.0 / 15, scores["3"], 12);
        Assert.Equal(1.0 / 3, scores["7"], 12);
        Assert.Equal(0.0, scores["9"]);
    }

    [Fact]
    public void Compute_CompleteGraphAndPath_AreOneAndZero()
    {
        var complete = LocalClustering.Compute(CanonicalGraphs.Complete(5));
        var path = LocalClustering.Compute(CanonicalGraphs.Path(4));

        Assert.All(complete.Values, value => Assert.Equal(1.0, value, 12));
        Assert.All(path.Values, value => Assert.Equal(0.0, value));
    }

    [Fact]
    public void Compute_WeightedTriangle_IsGeometricMeanOfNormalizedWeights()
    {
        // Weights 1, 2, 4; largest 4, so normalized 1/4, 1/2, 1: cube root of 1/8 is 1/2, for every node (1 pair each).
        var triangle = UndirectedGraph.Create(["a", "b", "c"], [new WeightedEdge(0, 1, 1), new WeightedEdge(1, 2, 2), new WeightedEdge(0, 2, 4)]);

        var scores = LocalClustering.Compute(triangle, weighted: true);

        Assert.All(scores.Values, value => Assert.Equal(0.5, value, 12));
    }

    [Fact]
    public void Compute_IsolatesAndLeaves_ScoreZero()
    {
        var graph = CanonicalGraphs.Unweighted(3, (0, 1));

        var scores = LocalClustering.Compute(graph);

        Assert.Equal([0.0, 0.0, 0.0], scores.Values);
    }

    [Fact]
    public void Compute_EmptyGraph_ReturnsNoScores()
    {
        var scores = LocalClustering.Compute(CanonicalGraphs.Empty());

        Assert.Empty(scores.Values);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Compute_Unweighted_SameBitsAsFromTwiceTriangles(int seed)
    {
        // The unweighted path divides the integer counts directly; the shared path (network metrics, effective size)
        // goes through twice the counts as doubles. Both must give the same coefficients, bit for bit.
        var graph = RandomGraphs.Sparse(seed, nodes: 150, edges: 600);

        var direct = LocalClustering.Compute(graph);
        var viaTwice = LocalClustering.FromTwiceTriangles(graph, Triangles.Twice(graph, weighted: false));

        Assert.Equal(viaTwice, direct.Values);
        Assert.Contains(direct.Values, c => c > 0);
    }
}
