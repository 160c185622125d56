using CollectiveImpact.Graph.Analytics.StructuralHoles;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.StructuralHoles;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.effective_size</c> (unweighted: Borgatti's shortcut; and
/// <c>weight="weight"</c>: Burt's redundancy sum) on every fixture graph (Fixtures/structure.json); Borgatti's example
/// with the values of NetworkX's test_structuralholes.py (UCINET, igraph, checked by hand); the small cases worked
/// out in the comments.
/// </summary>
public sealed class EffectiveSizeTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var scores = EffectiveSize.Compute(fixture.Graph);

        StructureReference.AssertScores(StructureReference.For(name).GetProperty("effective_size"), scores);
    }

    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraphWeighted_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var scores = EffectiveSize.Compute(fixture.Graph, weighted: true);

        StructureReference.AssertScores(StructureReference.For(name).GetProperty("effective_size_weighted"), scores);
    }

    [Fact]
    public void Compute_BorgattiExample_MatchesPublishedValues()
    {
        var scores = EffectiveSize.Compute(CanonicalGraphs.Borgatti(weighted: false));

        Assert.Equal(4.67, scores["G"], 2);
        Assert.Equal(2.50, scores["A"], 2);
        Assert.Equal(1.00, scores["C"], 2);
    }

    [Fact]
    public void Compute_BorgattiExampleWeighted_MatchesPublishedValues()
    {
        var scores = EffectiveSize.Compute(CanonicalGraphs.Borgatti(weighted: true), weighted: true);

        Assert.Equal(5.47, scores["G"], 2);
        Assert.Equal(2.47, scores["A"], 2);
        Assert.Equal(1.00, scores["C"], 2);
    }

    [Fact]
    public void Compute_UnitWeights_AgreeWithBorgattiShortcut()
    {
        // Burt's general formula with every weight 1 must reduce to n - 2t/n exactly.
        var graph = CanonicalGraphs.Borgatti(weighted: false);

        var shortcut = EffectiveSize.Compute(graph);
        var general = EffectiveSize.Compute(graph, weighted: true);

        Assert.Equal(shortcut.Values, general.Values, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Compute_StarAndCompleteGraph_MatchHandValues()
    {
        // Star hub: 4 contacts, no ties among them: 4 - 0 = 4. K5: 4 contacts, 6 ties among them: 4 - 12/4 = 1.
        var star = EffectiveSize.Compute(CanonicalGraphs.Unweighted(5, (0, 1), (0, 2), (0, 3), (0, 4)));
        var complete = EffectiveSize.Compute(CanonicalGraphs.Complete(5));

        Assert.Equal(4.0, star["0"], 12);
        Assert.All(complete.Values, value => Assert.Equal(1.0, value, 12));
    }

    [Fact]
    public void Compute_Isolate_IsUndefinedBothWays()
    {
        var graph = CanonicalGraphs.Unweighted(3, (0, 1));

        Assert.True(double.IsNaN(EffectiveSize.Compute(graph)["2"]));
        Assert.True(double.IsNaN(EffectiveSize.Compute(graph, weighted: true)["2"]));
    }
}
