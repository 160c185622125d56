using CollectiveImpact.Graph.Analytics.StructuralHoles;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.StructuralHoles;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.constraint</c> (unweighted and <c>weight="weight"</c>) on every fixture graph
/// (Fixtures/structure.json); Borgatti's example with the values of NetworkX's test_structuralholes.py (computed
/// there with UCINET and igraph and checked by hand); the small cases worked out in the comments.
/// </summary>
public sealed class ConstraintTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var scores = Constraint.Compute(fixture.Graph);

        StructureReference.AssertScores(StructureReference.For(name).GetProperty("constraint"), scores);
    }

    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraphWeighted_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var scores = Constraint.Compute(fixture.Graph, weighted: true);

        StructureReference.AssertScores(StructureReference.For(name).GetProperty("constraint_weighted"), scores);
    }

    [Fact]
    public void Compute_BorgattiExample_MatchesPublishedValues()
    {
        var scores = Constraint.Compute(CanonicalGraphs.Borgatti(weighted: false));

        Assert.Equal(0.400, scores["G"], 3);
        Assert.Equal(0.595, scores["A"], 3);
        Assert.Equal(1.000, scores["C"], 3);
    }

    [Fact]
    public void Compute_BorgattiExampleWeighted_MatchesPublishedValues()
    {
        var scores = Constraint.Compute(CanonicalGraphs.Borgatti(weighted: true), weighted: true);

        Assert.Equal(0.299, scores["G"], 3);
        Assert.Equal(0.795, scores["A"], 3);
        Assert.Equal(1.000, scores["C"], 3);
    }

    [Fact]
    public void Compute_StarAndTriangle_MatchHandValues()
    {
        // Star hub with 4 unconnected contacts: 4 × (1/4)² = 1/4; each leaf invests everything in the hub: 1.
        // Triangle: p = 1/2 direct, 1/2 × 1/2 through the third node: 2 × (3/4)² = 1.125.
        var star = Constraint.Compute(CanonicalGraphs.Unweighted(5, (0, 1), (0, 2), (0, 3), (0, 4)));
        var triangle = Constraint.Compute(CanonicalGraphs.Complete(3));

        Assert.Equal(0.25, star["0"], 12);
        Assert.Equal(1.0, star["3"], 12);
        Assert.All(triangle.Values, value => Assert.Equal(1.125, value, 12));
    }

    [Fact]
    public void Compute_Isolate_IsUndefined()
    {
        var scores = Constraint.Compute(CanonicalGraphs.Unweighted(3, (0, 1)));

        Assert.True(double.IsNaN(scores["2"]));
        Assert.Equal(1.0, scores["0"], 12);
    }
}
