using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Structure;

/// <summary>
/// Expected values: Krackhardt and Stern's formula applied to the fixture graphs' edges and sectors in
/// make_structure_fixtures.py (Fixtures/structure.json; NetworkX has no function for it); small cases by counting
/// edges in the comments.
/// </summary>
public sealed class EIIndexTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesReference(string name)
    {
        var fixture = FixtureGraph.Load(name);
        var expected = StructureReference.For(name).GetProperty("ei_index");

        var result = EIIndex.Compute(fixture.Graph, SectorMaps.Of(fixture));

        Assert.Equal(expected.GetProperty("external").GetInt32(), result.External);
        Assert.Equal(expected.GetProperty("internal").GetInt32(), result.Internal);
        StructureReference.AssertValue(expected.GetProperty("index"), result.Index);
        var groups = expected.GetProperty("groups");
        Assert.Equal(groups.EnumerateObject().Select(g => g.Name).Order(StringComparer.Ordinal), result.Sectors.Select(s => s.Sector));
        foreach (var sector in result.Sectors)
        {
            var want = groups.GetProperty(sector.Sector);
            Assert.Equal(want.GetProperty("nodes").GetInt32(), sector.Nodes);
            Assert.Equal(want.GetProperty("external").GetInt32(), sector.External);
            Assert.Equal(want.GetProperty("internal").GetInt32(), sector.Internal);
            StructureReference.AssertValue(want.GetProperty("index"), sector.Index);
        }
    }

    [Fact]
    public void Compute_TriangleAcrossTwoSectors_CountsEachEdgeOnce()
    {
        // a, b in A; c in B. a-b internal; a-c, b-c external: (2 − 1) / 3 network-wide.
        // Sector A: external 2, internal 1 → 1/3. Sector B: external 2, internal 0 → 1.
        var graph = CanonicalGraphs.Complete(3);

        var result = EIIndex.Compute(graph, SectorMaps.ByIndex(graph, "A", "A", "B"));

        Assert.Equal(1.0 / 3, result.Index!.Value, 12);
        Assert.Equal(("A", 2, 2, 1), (result.Sectors[0].Sector, result.Sectors[0].Nodes, result.Sectors[0].External, result.Sectors[0].Internal));
        Assert.Equal(1.0 / 3, result.Sectors[0].Index!.Value, 12);
        Assert.Equal(new SectorEIIndex("B", 1, 2, 0, 1.0), result.Sectors[1]);
    }

    [Fact]
    public void Compute_AllInternal_IsMinusOne()
    {
        var graph = CanonicalGraphs.Path(3);

        var result = EIIndex.Compute(graph, SectorMaps.ByIndex(graph, "A", "A", "A"));

        Assert.Equal(-1.0, result.Index);
        Assert.Equal(-1.0, result.Sectors.Single().Index);
    }

    [Fact]
    public void Compute_NoEdges_IsUndefinedButListsSectors()
    {
        var graph = CanonicalGraphs.Unweighted(2);

        var result = EIIndex.Compute(graph, SectorMaps.ByIndex(graph, "B", "A"));

        Assert.Null(result.Index);
        Assert.Equal(["A", "B"], result.Sectors.Select(s => s.Sector));
        Assert.All(result.Sectors, s => Assert.Null(s.Index));
    }

    [Fact]
    public void Compute_UnknownSector_LeavesItsEdgesAndNodeOut()
    {
        // Node 1 has no sector: only 2-3 (A-B) is counted.
        var graph = CanonicalGraphs.Path(4);

        var result = EIIndex.Compute(graph, SectorMaps.ByIndex(graph, "A", null, "A", "B"));

        Assert.Equal((1, 0, 1.0), (result.External, result.Internal, result.Index));
        Assert.Equal(2, result.Sectors[0].Nodes);
    }
}
