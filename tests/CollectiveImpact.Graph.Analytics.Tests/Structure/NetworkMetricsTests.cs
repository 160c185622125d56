using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Structure;

/// <summary>
/// Expected values: the NetworkX 3.6 reference of each measure (Fixtures/structure.json, written by
/// make_structure_fixtures.py: NetworkX functions, plus Freeman's centralization and the E-I index computed there
/// from NetworkX degrees and sectors); the edge cases by definition.
/// </summary>
public sealed class NetworkMetricsTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);
        var expected = StructureReference.For(name);

        var metrics = NetworkMetrics.Compute(fixture.Graph, SectorMaps.Of(fixture));

        Assert.Equal(expected.GetProperty("nodes").GetInt32(), metrics.Nodes);
        Assert.Equal(expected.GetProperty("edges").GetInt32(), metrics.Edges);
        StructureReference.AssertValue(expected.GetProperty("density"), metrics.Density);
        Assert.Equal(expected.GetProperty("component_count").GetInt32(), metrics.ComponentCount);
        var largest = expected.GetProperty("largest_component");
        Assert.Equal(largest.GetProperty("size").GetInt32(), metrics.LargestComponentSize);
        Assert.Equal(StructureReference.NullableInt(largest.GetProperty("diameter")), metrics.Diameter);
        StructureReference.AssertValue(largest.GetProperty("average_shortest_path_length"), AveragePathLength.Compute(fixture.Graph));
        Assert.Null(metrics.AverageShortestPathLength); // all pairs: left to AveragePathLength
        StructureReference.AssertValue(expected.GetProperty("transitivity"), metrics.Transitivity);
        StructureReference.AssertValue(expected.GetProperty("average_clustering"), metrics.AverageClustering);
        StructureReference.AssertValue(expected.GetProperty("degree_centralization"), metrics.DegreeCentralization);
        StructureReference.AssertValue(expected.GetProperty("sector_assortativity"), metrics.SectorAssortativity);
        StructureReference.AssertValue(expected.GetProperty("ei_index").GetProperty("index"), metrics.EIIndex.Index);
    }

    [Fact]
    public void Compute_EmptyGraph_ReportsUndefinedValuesAsNull()
    {
        var metrics = NetworkMetrics.Compute(CanonicalGraphs.Empty(), new Dictionary<string, string?>());

        Assert.Equal(new NetworkMetricsResult(0, 0, 0.0, 0, 0, null, 0.0, null, null, null, metrics.EIIndex), metrics);
        Assert.Null(metrics.EIIndex.Index);
        Assert.Empty(metrics.EIIndex.Sectors);
    }

    [Fact]
    public void Compute_SingleNode_HasOneComponentOfDiameterZero()
    {
        var graph = CanonicalGraphs.Path(1);

        var metrics = NetworkMetrics.Compute(graph, SectorMaps.ByIndex(graph, "A"));

        Assert.Equal((1, 1, 0), (metrics.ComponentCount, metrics.LargestComponentSize, metrics.Diameter));
        Assert.Null(metrics.DegreeCentralization);
        Assert.Null(metrics.SectorAssortativity);
    }

    [Fact]
    public void Compute_SectorsMissing_LeavesOnlyBySectorMeasuresUndefined()
    {
        var graph = CanonicalGraphs.Complete(4);

        var metrics = NetworkMetrics.Compute(graph, new Dictionary<string, string?>());

        Assert.Equal(1.0, metrics.Density, 12);
        Assert.Equal(1.0, metrics.Transitivity, 12);
        Assert.Null(metrics.SectorAssortativity);
        Assert.Null(metrics.EIIndex.Index);
    }
}
