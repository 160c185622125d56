using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// Every centrality measure stops when cancelled: at once with a token already cancelled, and midway on the generated
/// 20,000-organization network. The scores with a live token are the NetworkX-agreement tests' (NetworkXCentrality);
/// here, that confining the searches to fewer threads leaves them the same to the last bit.
/// </summary>
public sealed class CentralityCalculatorCancellationTests
{
    public static TheoryData<CentralityMeasure> AllMeasures() => [.. Enum.GetValues<CentralityMeasure>()];

    /// <summary>The shortest-path measures, weighted where that makes them Dijkstra per source: seconds to minutes here.</summary>
    public static TheoryData<CentralityMeasure, bool> SearchMeasures() => new()
    {
        { CentralityMeasure.Betweenness, false },
        { CentralityMeasure.Betweenness, true },
        { CentralityMeasure.Closeness, false },
        { CentralityMeasure.Closeness, true },
        { CentralityMeasure.Harmonic, false },
        { CentralityMeasure.Harmonic, true },
    };

    [Theory]
    [MemberData(nameof(AllMeasures))]
    public void Compute_AlreadyCancelled_ThrowsOperationCanceled(CentralityMeasure measure) =>
        Cancellation.AssertStops(token => CentralityCalculator.Compute(CanonicalGraphs.Complete(5), measure, CentralityOptions.Default, token), Cancellation.Already);

    [Theory]
    [MemberData(nameof(SearchMeasures))]
    public void Compute_CancelledShortlyAfterStartOnTwentyThousandOrganizations_ThrowsOperationCanceled(CentralityMeasure measure, bool weighted)
    {
        var graph = LargeNetwork.Organizations.Graph;

        Cancellation.AssertStopsShortlyAfterStart(token =>
            CentralityCalculator.Compute(graph, measure, CentralityOptions.Default with { Weighted = weighted }, token));
    }

    /// <summary>
    /// A path of 200,000 nodes asked for an exact fixed point (the smallest positive tolerance): the uniform start differs
    /// from the limit only at the ends, and the difference spreads inward one node per iteration, so eigenvector
    /// centrality and undamped PageRank (alpha 1, a random walk that mixes in ~n² steps) keep changing for billions of
    /// one-millisecond iterations; with an unbounded budget neither would finish for days. Cancelled, both stop.
    /// </summary>
    [Fact]
    public void PowerIterations_CancelledShortlyAfterStartOnALongPath_ThrowOperationCanceled()
    {
        var path = CanonicalGraphs.Path(200_000);

        Cancellation.AssertStopsShortlyAfterStart(token => EigenvectorCentrality.Compute(path, maxIterations: int.MaxValue, tolerance: double.Epsilon, cancellationToken: token));
        Cancellation.AssertStopsShortlyAfterStart(token => PageRank.Compute(path, alpha: 1.0, maxIterations: int.MaxValue, tolerance: double.Epsilon, cancellationToken: token));
    }

    [Theory]
    [MemberData(nameof(SearchMeasures))]
    public void Compute_OneThreadOrEveryCore_SameScores(CentralityMeasure measure, bool weighted)
    {
        var graph = FixtureGraph.Load("ci_network_500").Graph;
        var options = CentralityOptions.Default with { Weighted = weighted };

        var everyCore = CentralityCalculator.Compute(graph, measure, options);
        var oneThread = CentralityCalculator.Compute(graph, measure, options with { MaxDegreeOfParallelism = 1 });

        Assert.Equal(everyCore.Values, oneThread.Values);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Compute_DegreeOfParallelismBelowOne_Rejected(int workers) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CentralityCalculator.Compute(CanonicalGraphs.Complete(5), CentralityMeasure.Betweenness, CentralityOptions.Default with { MaxDegreeOfParallelism = workers }));
}
