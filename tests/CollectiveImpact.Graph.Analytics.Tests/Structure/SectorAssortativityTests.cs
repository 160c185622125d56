using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Structure;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.attribute_assortativity_coefficient(G, "sector")</c> on every fixture graph
/// (Fixtures/structure.json; null for its nan); small cases from Newman's (2003) formula in the comments.
/// </summary>
public sealed class SectorAssortativityTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);

        var r = SectorAssortativity.Compute(fixture.Graph, SectorMaps.Of(fixture));

        StructureReference.AssertValue(StructureReference.For(name).GetProperty("sector_assortativity"), r);
    }

    [Fact]
    public void Compute_TiesOnlyWithinSectors_IsOne()
    {
        // Two sectors, each a triangle: e = diag(1/2, 1/2), Σa² = 1/2, r = (1 − 1/2) / (1 − 1/2).
        var graph = CanonicalGraphs.Unweighted(6, (0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5));

        var r = SectorAssortativity.Compute(graph, SectorMaps.ByIndex(graph, "A", "A", "A", "B", "B", "B"));

        Assert.Equal(1.0, r!.Value, 12);
    }

    [Fact]
    public void Compute_TiesOnlyAcrossTwoEqualSectors_IsMinusOne()
    {
        // A 4-cycle alternating sectors: e_AB = e_BA = 1/2, trace 0, Σa² = 1/2, r = −1/2 / 1/2.
        var graph = CanonicalGraphs.Unweighted(4, (0, 1), (1, 2), (2, 3), (3, 0));

        var r = SectorAssortativity.Compute(graph, SectorMaps.ByIndex(graph, "A", "B", "A", "B"));

        Assert.Equal(-1.0, r!.Value, 12);
    }

    [Fact]
    public void Compute_OneSectorOrNoEdges_IsUndefined()
    {
        var path = CanonicalGraphs.Path(4);

        Assert.Null(SectorAssortativity.Compute(path, SectorMaps.ByIndex(path, "A", "A", "A", "A")));
        Assert.Null(SectorAssortativity.Compute(CanonicalGraphs.Unweighted(2), SectorMaps.ByIndex(CanonicalGraphs.Unweighted(2), "A", "B")));
    }

    [Fact]
    public void Compute_UnknownSector_LeavesItsEdgesOut()
    {
        // Node 2 has no sector, so only 0-1 (A-A) and 3-4 (B-B) count: all within sectors, r = 1.
        var graph = CanonicalGraphs.Unweighted(5, (0, 1), (1, 2), (2, 3), (3, 4));

        var r = SectorAssortativity.Compute(graph, SectorMaps.ByIndex(graph, "A", "A", null, "B", "B"));

        Assert.Equal(1.0, r!.Value, 12);
    }
}
