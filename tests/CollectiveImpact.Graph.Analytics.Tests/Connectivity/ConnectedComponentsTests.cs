using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Connectivity;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.number_connected_components</c> and the sizes of
/// <c>nx.connected_components</c> on every fixture graph (Fixtures/structure.json); the small cases by inspection.
/// </summary>
public sealed class ConnectedComponentsTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var fixture = FixtureGraph.Load(name);
        var expected = StructureReference.For(name);

        var components = ConnectedComponents.Compute(fixture.Graph);

        Assert.Equal(expected.GetProperty("component_count").GetInt32(), components.Count);
        Assert.Equal(
            expected.GetProperty("component_sizes").EnumerateArray().Select(s => s.GetInt32()),
            components.Sizes.OrderDescending());
        Assert.Equal(expected.GetProperty("largest_component").GetProperty("size").GetInt32(), components.LargestSize);
    }

    [Fact]
    public void Compute_TwoComponentsAndIsolate_NumbersComponentsByLowestNode()
    {
        // 0-1-2 path, 3-4 edge, 5 alone.
        var graph = CanonicalGraphs.Unweighted(6, (0, 1), (1, 2), (3, 4));

        var components = ConnectedComponents.Compute(graph);

        Assert.Equal(3, components.Count);
        Assert.Equal([0, 0, 0, 1, 1, 2], components.ComponentOf);
        Assert.Equal([3, 2, 1], components.Sizes);
        Assert.Equal(0, components.Largest);
        Assert.Equal([3, 4], components.Members(1));
    }

    [Fact]
    public void Compute_EqualSizes_LargestIsTheEarliest()
    {
        var graph = CanonicalGraphs.Unweighted(4, (2, 3), (0, 1));

        var components = ConnectedComponents.Compute(graph);

        Assert.Equal(0, components.Largest);
        Assert.Equal([0, 1], components.Members(components.Largest));
    }

    [Fact]
    public void Compute_EmptyGraph_HasNoComponent()
    {
        var components = ConnectedComponents.Compute(CanonicalGraphs.Empty());

        Assert.Equal(0, components.Count);
        Assert.Equal(-1, components.Largest);
        Assert.Equal(0, components.LargestSize);
    }

    [Fact]
    public void Members_UnknownComponent_IsRejected()
    {
        var components = ConnectedComponents.Compute(CanonicalGraphs.Path(3));

        Assert.Throws<ArgumentOutOfRangeException>(() => components.Members(1));
    }

    /// <summary>One linear-time BFS (milliseconds at 20,000 organizations): only the already-cancelled case is worth a test.</summary>
    [Fact]
    public void Compute_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => ConnectedComponents.Compute(CanonicalGraphs.Path(5), token), Cancellation.Already);
}
