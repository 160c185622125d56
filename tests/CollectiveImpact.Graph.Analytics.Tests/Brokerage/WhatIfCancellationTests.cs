using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Brokerage;

/// <summary>What-if stops when cancelled, in the brokerage search or after it; its results with a live token are WhatIfTests'.</summary>
public sealed class WhatIfCancellationTests
{
    [Fact]
    public void Run_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => WhatIf.Run(RandomInitiative.Generate(1).Network, 5, cancellationToken: token), Cancellation.Already);

    [Fact]
    public void Run_CancelledShortlyAfterStartOnTwentyThousandOrganizations_ThrowsOperationCanceled()
    {
        var (network, organizations) = (LargeNetwork.Network, LargeNetwork.Organizations);

        Cancellation.AssertStopsShortlyAfterStart(token => WhatIf.Run(network, organizations, [], cancellationToken: token));
    }

    [Fact]
    public void Run_OneThreadOrEveryCore_SameReport()
    {
        var network = RandomInitiative.Generate(3).Network;

        var everyCore = WhatIf.Run(network, 5);
        var oneThread = WhatIf.Run(network, 5, maxDegreeOfParallelism: 1);

        Assert.Equal(
            (everyCore.Components, everyCore.AverageShortestPath, everyCore.ReinforcementIndex),
            (oneThread.Components, oneThread.AverageShortestPath, oneThread.ReinforcementIndex));
    }
}
