using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Communities;

/// <summary>
/// Expected values: Fixtures/communities.json, written by Fixtures/make_community_fixtures.py with
/// <c>nx.community.modularity(G, communities, weight="weight", resolution=r)</c> (networkx 3.6), for given partitions of
/// every fixture graph; the two-triangle value is worked by hand.
/// </summary>
public sealed class ModularityTests
{
    public static TheoryData<string, string> GivenPartitions()
    {
        var data = new TheoryData<string, string>();
        foreach (var graph in FixtureGraph.LoadExpected("communities.json").GetProperty("graphs").EnumerateObject())
        {
            foreach (var partition in graph.Value.GetProperty("partitions").EnumerateArray())
            {
                data.Add(graph.Name, partition.GetProperty("name").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GivenPartitions))]
    public void Compute_GivenPartitionOfFixtureGraph_MatchesNetworkX(string graphName, string partitionName)
    {
        var graph = FixtureGraph.Load(graphName).Graph;
        var partition = FixtureGraph.LoadExpected("communities.json").GetProperty("graphs").GetProperty(graphName)
            .GetProperty("partitions").EnumerateArray().Single(p => p.GetProperty("name").GetString() == partitionName);
        var communities = partition.GetProperty("communities").EnumerateArray()
            .Select(c => c.EnumerateArray().Select(id => id.GetString()!).ToArray());
        var expected = partition.GetProperty("modularity");

        var modularity = Modularity.Compute(graph, communities, partition.GetProperty("resolution").GetDouble());

        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.True(double.IsNaN(modularity), $"NetworkX has no modularity for {graphName} (no edges); got {modularity}.");
        }
        else
        {
            Assert.Equal(expected.GetDouble(), modularity, 1e-9);
        }
    }

    [Fact]
    public void Compute_TwoTrianglesJoinedByOneEdge_IsFiveFourteenths()
    {
        // m = 7; each triangle: L_c = 3, d_c = 7. Q = 2 · (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
        var graph = UndirectedGraph.Create(
            ["a", "b", "c", "d", "e", "f"],
            [("a", "b", 1.0), ("b", "c", 1.0), ("a", "c", 1.0), ("d", "e", 1.0), ("e", "f", 1.0), ("d", "f", 1.0), ("c", "d", 1.0)]);

        Assert.Equal(5.0 / 14, Modularity.Compute(graph, [["a", "b", "c"], ["d", "e", "f"]]), 1e-12);
        Assert.Equal(5.0 / 14, Modularity.Compute(graph, [0, 0, 0, 7, 7, 7]), 1e-12);
    }

    [Fact]
    public void Compute_NotAPartition_IsRejected()
    {
        var graph = UndirectedGraph.Create(["a", "b", "c"], [("a", "b", 1.0)]);

        Assert.Contains("'c' is in no community", Assert.Throws<ArgumentException>(() => Modularity.Compute(graph, [["a", "b"]])).Message);
        Assert.Contains("again", Assert.Throws<ArgumentException>(() => Modularity.Compute(graph, [["a", "b"], ["b", "c"]])).Message);
        Assert.Contains("'x'", Assert.Throws<ArgumentException>(() => Modularity.Compute(graph, [["a", "b", "c", "x"]])).Message);
        Assert.Throws<ArgumentException>(() => Modularity.Compute(graph, [0, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Modularity.Compute(graph, [0, -1, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Modularity.Compute(graph, [0, 0, 0], double.NaN));
    }
}
