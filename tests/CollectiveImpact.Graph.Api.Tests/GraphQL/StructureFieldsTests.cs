using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.StructuralHoles;
using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// networkMetrics, structuralHoles and cutPoints on the sample. Expected values are the analytics library's, called
/// directly on a snapshot read from the same store (<see cref="LibraryReference"/>); sectors are the sample file's.
/// </summary>
public sealed class StructureFieldsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly GraphQLClient client = factory.GraphQL();

    [Theory]
    [InlineData(ProjectionKind.Organizations, "ORGANIZATIONS")]
    [InlineData(ProjectionKind.Full, "FULL")]
    [InlineData(ProjectionKind.People, "PEOPLE")]
    public async Task NetworkMetrics_EveryProjection_AgreesWithTheLibrary(ProjectionKind kind, string projection)
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);

        var data = await client.DataAsync("""
            query($projection: Projection!) { networkMetrics(projection: $projection) { parameters { projection } networkVersion
              nodes edges density components largestComponentSize diameter averageShortestPath transitivity averageClustering
              degreeCentralization sectorAssortativity eiIndex { external internal index sectors { sector nodes external internal index } } } }
            """, new { projection });

        var graph = projections.Get(kind);
        var sectors = Enumerable.Range(0, graph.Graph.NodeCount).ToDictionary(i => graph.Graph.NodeIds[i], i => graph.Sectors[i]?.ToString());
        var expected = NetworkMetrics.Compute(graph.Graph, sectors) with { AverageShortestPathLength = AveragePathLength.Compute(graph.Graph) };
        var metrics = data.GetProperty("networkMetrics");
        Assert.Equal(projection, metrics.Path("parameters.projection").GetString());
        Assert.Equal(projections.Version, metrics.GetProperty("networkVersion").GetInt64());
        Assert.Equal(expected.Nodes, metrics.GetProperty("nodes").GetInt32());
        Assert.Equal(expected.Edges, metrics.GetProperty("edges").GetInt32());
        Assert.Equal(expected.Density, metrics.GetProperty("density").GetDouble(), 12);
        Assert.Equal(expected.ComponentCount, metrics.GetProperty("components").GetInt32());
        Assert.Equal(expected.LargestComponentSize, metrics.GetProperty("largestComponentSize").GetInt32());
        Assert.Equal(expected.Diameter, Nullable(metrics.GetProperty("diameter"))?.GetInt32());
        AssertNullable(expected.AverageShortestPathLength, metrics.GetProperty("averageShortestPath"));
        Assert.Equal(expected.Transitivity, metrics.GetProperty("transitivity").GetDouble(), 12);
        AssertNullable(expected.AverageClustering, metrics.GetProperty("averageClustering"));
        AssertNullable(expected.DegreeCentralization, metrics.GetProperty("degreeCentralization"));
        AssertNullable(expected.SectorAssortativity, metrics.GetProperty("sectorAssortativity"));
        Assert.Equal(expected.EIIndex.External, metrics.Path("eiIndex.external").GetInt32());
        Assert.Equal(expected.EIIndex.Internal, metrics.Path("eiIndex.internal").GetInt32());
        AssertNullable(expected.EIIndex.Index, metrics.Path("eiIndex.index"));
        var bySector = metrics.Path("eiIndex.sectors").EnumerateArray().ToList();
        Assert.Equal(expected.EIIndex.Sectors.Select(s => s.Sector.ToUpperInvariant()), bySector.Select(s => s.GetProperty("sector").GetString()!.Replace("_", "", StringComparison.Ordinal)));
        Assert.Equal(expected.EIIndex.Sectors.Select(s => (s.Nodes, s.External, s.Internal)),
            bySector.Select(s => (s.GetProperty("nodes").GetInt32(), s.GetProperty("external").GetInt32(), s.GetProperty("internal").GetInt32())));
    }

    [Fact]
    public async Task NetworkMetrics_Organizations_SectorMeasuresAreDefined()
    {
        var data = await client.DataAsync("{ networkMetrics { parameters { projection } sectorAssortativity eiIndex { index sectors { sector } } } }");

        Assert.Equal("ORGANIZATIONS", data.Path("networkMetrics.parameters.projection").GetString());
        Assert.Equal(JsonValueKind.Number, data.Path("networkMetrics.sectorAssortativity").ValueKind);
        Assert.Equal(JsonValueKind.Number, data.Path("networkMetrics.eiIndex.index").ValueKind);
        Assert.Equal(
            SampleDocument.Organizations.Select(o => o.Text("sector")).Where(s => s.Length > 0).Distinct().Count(),
            data.Path("networkMetrics.eiIndex.sectors").GetArrayLength());
    }

    [Fact]
    public async Task StructuralHoles_RanksByConstraintAsTheLibraryComputesIt()
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        const string query = """
            query($after: String) { structuralHoles(projection: ORGANIZATIONS) { parameters { projection top weighted }
              nodes(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id constraint effectiveSize rank } } } } }
            """;

        var nodes = await ConnectionPages.AllAsync(client, query, "structuralHoles.nodes");

        var graph = projections.Organizations.Graph;
        var constraint = Constraint.Compute(graph);
        var effectiveSize = EffectiveSize.Compute(graph);
        Assert.Equal(graph.NodeCount, nodes.Count);
        Assert.All(nodes, n =>
        {
            var id = n.GetProperty("id").GetString()!;
            AssertNullable(Defined(constraint[id]), n.GetProperty("constraint"));
            AssertNullable(Defined(effectiveSize[id]), n.GetProperty("effectiveSize"));
        });
        var defined = nodes.Where(n => n.GetProperty("constraint").ValueKind == JsonValueKind.Number).Select(n => n.GetProperty("constraint").GetDouble()).ToList();
        Assert.Equal(defined.Order(), defined);
        Assert.Equal(1, nodes[0].GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task StructuralHoles_Top_KeepsTheLeastConstrained()
    {
        var data = await client.DataAsync("{ structuralHoles(top: 5) { parameters { top weighted } nodes { totalCount edges { node { rank } } } } }");

        Assert.Equal(5, data.Path("structuralHoles.parameters.top").GetInt32());
        Assert.False(data.Path("structuralHoles.parameters.weighted").GetBoolean());
        Assert.Equal(5, data.Path("structuralHoles.nodes.totalCount").GetInt32());
    }

    [Theory]
    [InlineData(ProjectionKind.Organizations, "ORGANIZATIONS")]
    [InlineData(ProjectionKind.Full, "FULL")]
    public async Task CutPoints_AgreeWithTheLibrary(ProjectionKind kind, string projection)
    {
        var projections = await LibraryReference.ProjectionsAsync(factory);
        var variables = new Dictionary<string, object?> { ["projection"] = projection };

        var points = await ConnectionPages.AllAsync(client, """
            query($projection: Projection!, $after: String) { cutPoints(projection: $projection) {
              articulationPoints(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }
            """, "cutPoints.articulationPoints", variables);
        var bridges = await ConnectionPages.AllAsync(client, """
            query($projection: Projection!, $after: String) { cutPoints(projection: $projection) {
              bridges(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { sourceId targetId source { id } } } } } }
            """, "cutPoints.bridges", variables);

        var graph = projections.Get(kind).Graph;
        Assert.Equal(ArticulationPoints.Find(graph).Order(StringComparer.Ordinal), points.Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(Bridges.Find(graph), bridges.Select(b => new Bridge(b.GetProperty("sourceId").GetString()!, b.GetProperty("targetId").GetString()!)));
        Assert.All(bridges, b => Assert.Equal(b.GetProperty("sourceId").GetString(), b.Path("source.id").GetString()));
    }

    [Theory]
    [InlineData("{ structuralHoles(top: -3) { networkVersion } }", "top:")]
    [InlineData("{ cutPoints { bridges(first: 5000) { totalCount } } }", "first:")]
    public async Task BadArguments_FailWithInvalidArgumentNamingTheArgument(string query, string argument) =>
        await client.AssertInvalidArgumentAsync(query, argument);

    private static double? Defined(double value) => double.IsNaN(value) ? null : value;

    private static JsonElement? Nullable(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element;

    private static void AssertNullable(double? expected, JsonElement actual)
    {
        if (expected is { } value)
        {
            Assert.Equal(value, actual.GetDouble(), 12);
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
        }
    }
}
