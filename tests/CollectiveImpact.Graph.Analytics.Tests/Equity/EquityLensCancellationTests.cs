using CollectiveImpact.Graph.Analytics.Equity;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Equity;

/// <summary>
/// The equity lens stops when cancelled — the case of the issue: on 20,000 organizations it timed out at 30 s on every
/// try and went on computing. Its results with a live token are EquityLensTests'.
/// </summary>
public sealed class EquityLensCancellationTests
{
    [Fact]
    public void Run_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => EquityLens.Run(RandomInitiative.Generate(1).Network, cancellationToken: token), Cancellation.Already);

    [Fact]
    public void Run_CancelledShortlyAfterStartOnTwentyThousandOrganizations_ThrowsOperationCanceled()
    {
        var organizations = LargeNetwork.Organizations;

        Cancellation.AssertStopsShortlyAfterStart(token => EquityLens.Run(organizations, cancellationToken: token));
    }

    [Fact]
    public void Run_OneThreadOrEveryCore_SameReport()
    {
        var network = RandomInitiative.Generate(2).Network;

        var everyCore = EquityLens.Run(network);
        var oneThread = EquityLens.Run(network, maxDegreeOfParallelism: 1);

        Assert.Equal(
            everyCore.Measures.Select(m => (m.Measure, m.CommunityLed, m.Others)),
            oneThread.Measures.Select(m => (m.Measure, m.CommunityLed, m.Others)));
    }
}
