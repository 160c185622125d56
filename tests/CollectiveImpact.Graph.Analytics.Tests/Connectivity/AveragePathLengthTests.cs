using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Connectivity;

/// <summary>
/// Expected values: NetworkX 3.6 <c>nx.average_shortest_path_length</c> of the largest component of every fixture graph
/// (Fixtures/structure.json; null where NetworkX raises on an empty graph); progress as specified (rising to 1).
/// </summary>
public sealed class AveragePathLengthTests
{
    [Theory]
    [MemberData(nameof(FixtureGraph.Names), MemberType = typeof(FixtureGraph))]
    public void Compute_FixtureGraph_MatchesNetworkX(string name)
    {
        var expected = StructureReference.For(name).GetProperty("largest_component");

        StructureReference.AssertValue(expected.GetProperty("average_shortest_path_length"), AveragePathLength.Compute(FixtureGraph.Load(name).Graph));
    }

    [Fact]
    public void Compute_TwoThousandNodes_ReportsRisingProgressEndingAtOne()
    {
        var graph = FixtureGraph.Load("ci_network_2000").Graph;
        var reports = new List<double>();
        var progress = new SynchronousProgress(reports.Add);

        var average = AveragePathLength.Compute(graph, progress, maxDegreeOfParallelism: 1);

        Assert.Equal(AveragePathLength.Compute(graph), average);
        Assert.InRange(reports.Count, 2, 100);
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(1.0, reports[^1]);
    }

    [Fact]
    public void Compute_EmptyAndSingleNode_AreNullAndZero()
    {
        Assert.Null(AveragePathLength.Compute(CanonicalGraphs.Empty()));
        Assert.Equal(0.0, AveragePathLength.Compute(CanonicalGraphs.Path(1)));
    }

    [Fact]
    public void Compute_CancelledShortlyAfterStartOnTwentyThousandOrganizations_ThrowsOperationCanceled()
    {
        var graph = LargeNetwork.Organizations.Graph;

        Cancellation.AssertStopsShortlyAfterStart(token => AveragePathLength.Compute(graph, cancellationToken: token));
    }

    /// <summary>Reports on the caller's thread (<see cref="Progress{T}"/> posts to the thread pool, after the call returns).</summary>
    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
