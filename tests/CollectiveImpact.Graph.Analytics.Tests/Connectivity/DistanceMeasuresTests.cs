using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Connectivity;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.diameter</c> and <c>nx.average_shortest_path_length</c> on the largest
/// component of every fixture graph (Fixtures/structure.json; null where NetworkX raises on an empty graph). The
/// 2,000-node fixture spans many 64-source batches. Small cases worked out in the comments.
/// </summary>
public sealed class DistanceMeasuresTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);
        var expected = StructureReference.For(name).GetProperty("largest_component");

        var result = DistanceMeasures.Compute(fixture.Graph);

        Assert.Equal(expected.GetProperty("size").GetInt32(), result.ComponentSize);
        Assert.Equal(StructureReference.NullableInt(expected.GetProperty("diameter")), result.Diameter);
        StructureReference.AssertValue(expected.GetProperty("average_shortest_path_length"), result.AverageShortestPathLength);
    }

    [Fact]
    public void Compute_Path_MatchesHandValues()
    {
        // P5: unordered distances 4×1 + 3×2 + 2×3 + 1×4 = 20 over 10 pairs: average 2; diameter 4.
        var result = DistanceMeasures.Compute(CanonicalGraphs.Path(5));

        Assert.Equal(new DistanceMeasuresResult(5, 4, 2.0), result);
    }

    [Fact]
    public void Compute_Disconnected_MeasuresTheLargestComponentOnly()
    {
        // Triangle 0-1-2 (every distance 1) and path 3-4-5-6 (larger: distances 1,1,1,2,2,3 → 10/6).
        var graph = CanonicalGraphs.Unweighted(8, (0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (5, 6));

        var result = DistanceMeasures.Compute(graph);

        Assert.Equal(4, result.ComponentSize);
        Assert.Equal(3, result.Diameter);
        Assert.Equal(10.0 / 6, result.AverageShortestPathLength!.Value, 12);
    }

    [Fact]
    public void Compute_LongCycle_SpansManyBatches()
    {
        // C_n, n = 301 (odd): each node has 2 nodes at every distance 1..150, so the average is
        // 2 × (150 × 151 / 2) / 300 = 75.5 and the diameter 150.
        const int n = 301;
        var graph = CanonicalGraphs.Unweighted(n, Enumerable.Range(0, n).Select(i => (i, (i + 1) % n)).ToArray());

        var result = DistanceMeasures.Compute(graph);

        Assert.Equal(150, result.Diameter);
        Assert.Equal(75.5, result.AverageShortestPathLength!.Value, 12);
    }

    [Fact]
    public void Compute_EmptyGraph_IsUndefined()
    {
        Assert.Equal(new DistanceMeasuresResult(0, null, null), DistanceMeasures.Compute(CanonicalGraphs.Empty()));
    }

    [Fact]
    public void Compute_SingleNode_IsZero()
    {
        Assert.Equal(new DistanceMeasuresResult(1, 0, 0.0), DistanceMeasures.Compute(CanonicalGraphs.Path(1)));
    }

    [Fact]
    public void Compute_Cancelled_Stops()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DistanceMeasures.Compute(CanonicalGraphs.Path(500), cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Compute_ComponentsOfAnotherGraph_AreRejected()
    {
        var components = ConnectedComponents.Compute(CanonicalGraphs.Path(3));

        Assert.Throws<ArgumentException>(() => DistanceMeasures.Compute(CanonicalGraphs.Path(3), components));
    }

    [Fact]
    public void Compute_CancelledShortlyAfterStartOnTwentyThousandOrganizations_ThrowsOperationCanceled()
    {
        var graph = LargeNetwork.Organizations.Graph;

        Cancellation.AssertStopsShortlyAfterStart(token => DistanceMeasures.Compute(graph, cancellationToken: token));
    }

    [Fact]
    public void Compute_OneThreadOrEveryCore_SameResult()
    {
        var graph = FixtureGraph.Load("ci_network_2000").Graph;

        Assert.Equal(DistanceMeasures.Compute(graph), DistanceMeasures.Compute(graph, maxDegreeOfParallelism: 1));
    }
}
