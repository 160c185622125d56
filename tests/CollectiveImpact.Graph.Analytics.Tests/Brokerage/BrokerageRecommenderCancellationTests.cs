using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Brokerage;

/// <summary>The brokerage search stops when cancelled; its results with a live token are BrokerageRecommenderTests'.</summary>
public sealed class BrokerageRecommenderCancellationTests
{
    [Fact]
    public void Run_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => BrokerageRecommender.Run(RandomInitiative.Generate(1).Network, new BrokerageOptions(), token), Cancellation.Already);

    [Fact]
    public void Run_CancelledShortlyAfterStartOnTwentyThousandOrganizations_ThrowsOperationCanceled()
    {
        var (network, organizations) = (LargeNetwork.Network, LargeNetwork.Organizations);

        Cancellation.AssertStopsShortlyAfterStart(token => BrokerageRecommender.Run(network, organizations, new BrokerageOptions(Top: 10), token));
    }
}
