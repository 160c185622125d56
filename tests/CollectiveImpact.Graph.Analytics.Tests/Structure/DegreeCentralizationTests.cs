using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Structure;

/// <summary>
/// Expected values: Freeman's formula applied to NetworkX 3.6 degrees in make_structure_fixtures.py on every fixture
/// graph (Fixtures/structure.json; NetworkX has no function for it); small cases by hand from
/// Σ(max − d_i) / ((n − 1)(n − 2)).
/// </summary>
public sealed class DegreeCentralizationTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesFreemanOnNetworkXDegrees(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var centralization = DegreeCentralization.Compute(fixture.Graph);

        StructureReference.AssertValue(StructureReference.For(name).GetProperty("degree_centralization"), centralization);
    }

    [Fact]
    public void Compute_Star_IsOne()
    {
        Assert.Equal(1.0, DegreeCentralization.Compute(FixtureGraph.Load("star_6").Graph)!.Value, 12);
    }

    [Fact]
    public void Compute_RegularGraphs_AreZero()
    {
        Assert.Equal(0.0, DegreeCentralization.Compute(FixtureGraph.Load("cycle_6").Graph)!.Value, 12);
        Assert.Equal(0.0, DegreeCentralization.Compute(CanonicalGraphs.Complete(5))!.Value, 12);
    }

    [Fact]
    public void Compute_KrackhardtKite_MatchesHandValue()
    {
        // Degrees 4,4,3,6,3,5,5,3,2,1; max 6; shortfall 2+2+3+0+3+1+1+3+4+5 = 24; 24 / (9 × 8) = 1/3.
        Assert.Equal(1.0 / 3, DegreeCentralization.Compute(FixtureGraph.Load("krackhardt_kite").Graph)!.Value, 12);
    }

    [Fact]
    public void Compute_FewerThanThreeNodes_IsUndefined()
    {
        Assert.Null(DegreeCentralization.Compute(CanonicalGraphs.Empty()));
        Assert.Null(DegreeCentralization.Compute(CanonicalGraphs.Path(2)));
    }
}
