using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Clustering;
using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Samples;

/// <summary>
/// The sample as of four dates (2018 to 2026: before most ties began, mid-way, the end of 2024, mid-2026), on FULL and
/// ORGANIZATIONS, against NetworkX 3.x (Fixtures/sample_asof.json, written by make_asof_fixtures.py, which applies
/// network-format.md's Time rule and builds the projections from the spec's words, not from this code): size,
/// components, density, transitivity, average shortest path, and every node's betweenness, closeness and clustering,
/// within 1e-9.
/// </summary>
public sealed class SampleAsOfTests
{
    private static readonly Lazy<Network> Sample = new(RiverbendSample.Load);

    private static readonly Lazy<JsonElement> Expected = new(() => FixtureGraph.LoadExpected("sample_asof.json").GetProperty("dates"));

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var date in Expected.Value.EnumerateObject())
        {
            cases.Add(date.Name, "FULL");
            cases.Add(date.Name, "ORGANIZATIONS");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Projection_SampleAsOfADate_MatchesNetworkX(string date, string projection)
    {
        var expected = Expected.Value.GetProperty(date).GetProperty(projection);
        var network = TimeRule.AsOf(Sample.Value, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        var graph = NetworkProjector.Project(network, projection == "FULL" ? ProjectionKind.Full : ProjectionKind.Organizations).Graph;

        Assert.Equal(expected.GetProperty("nodes").GetInt32(), graph.NodeCount);
        Assert.Equal(expected.GetProperty("edges").GetInt32(), graph.EdgeCount);
        Assert.Equal(expected.GetProperty("components").GetInt32(), ConnectedComponents.Compute(graph).Count);
        Assert.Equal(expected.GetProperty("density").GetDouble(), Density.Compute(graph), 9);
        Assert.Equal(expected.GetProperty("transitivity").GetDouble(), Transitivity.Compute(graph), 9);
        Assert.Equal(expected.GetProperty("average_shortest_path").GetDouble(), AveragePathLength.Compute(graph)!.Value, 9);
        AssertScores(expected.GetProperty("betweenness"), BetweennessCentrality.Compute(graph).Scores);
        AssertScores(expected.GetProperty("closeness"), ClosenessCentrality.Compute(graph));
        AssertScores(expected.GetProperty("clustering"), LocalClustering.Compute(graph));
    }

    private static void AssertScores(JsonElement expected, NodeScores actual)
    {
        Assert.Equal(expected.EnumerateObject().Count(), actual.Values.Count);
        foreach (var node in expected.EnumerateObject())
        {
            Assert.True(Math.Abs(node.Value.GetDouble() - actual[node.Name]) <= 1e-9, $"{node.Name}: NetworkX {node.Value.GetDouble()}, ours {actual[node.Name]}");
        }
    }
}
