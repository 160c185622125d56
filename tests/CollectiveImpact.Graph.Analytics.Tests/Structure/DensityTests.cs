using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Structure;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.density</c> on every fixture graph (Fixtures/structure.json); small cases
/// from 2m / (n(n − 1)).
/// </summary>
public sealed class DensityTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var density = Density.Compute(fixture.Graph);

        StructureReference.AssertValue(StructureReference.For(name).GetProperty("density"), density);
    }

    [Fact]
    public void Compute_KrackhardtKite_Is18Of45()
    {
        Assert.Equal(0.4, Density.Compute(FixtureGraph.Load("krackhardt_kite").Graph), 12);
    }

    [Fact]
    public void Compute_CompleteGraph_IsOne()
    {
        Assert.Equal(1.0, Density.Compute(CanonicalGraphs.Complete(6)), 12);
    }

    [Fact]
    public void Compute_FewerThanTwoNodes_IsZeroAsNetworkX()
    {
        Assert.Equal(0.0, Density.Compute(CanonicalGraphs.Empty()));
        Assert.Equal(0.0, Density.Compute(CanonicalGraphs.Path(1)));
    }
}
