using CollectiveImpact.Graph.Analytics.Overlaps;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Overlaps;

/// <summary>The overlap analysis stops when cancelled; its results with a live token are OverlapAnalysisTests'.</summary>
public sealed class OverlapAnalysisCancellationTests
{
    [Fact]
    public void Run_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => OverlapAnalysis.Run(RandomInitiative.Generate(1).Network, cancellationToken: token), Cancellation.Already);

    [Fact]
    public void Run_CancelledShortlyAfterStartOnTwentyThousandOrganizations_ThrowsOperationCanceled()
    {
        var (network, organizations) = (LargeNetwork.Network, LargeNetwork.Organizations);

        Cancellation.AssertStopsShortlyAfterStart(token => OverlapAnalysis.Run(network, organizations, new OverlapOptions(0.1), token));
    }
}
