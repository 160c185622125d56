using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Generation;

namespace CollectiveImpact.Graph.Analytics.Tests.Reinforcement;

/// <summary>
/// The reinforcement check stops when cancelled; its results with a live token are ReinforcementCheckTests'. The
/// index-only walk what-if uses is checked against the full report here, on a generated network.
/// </summary>
public sealed class ReinforcementCheckCancellationTests
{
    [Fact]
    public void Run_AlreadyCancelled_ThrowsOperationCanceled() =>
        Cancellation.AssertStops(token => ReinforcementCheck.Run(RandomInitiative.Generate(1).Network, token), Cancellation.Already);

    [Fact]
    public void Run_CancelledShortlyAfterStartOnTwentyThousandOrganizations_ThrowsOperationCanceled()
    {
        var (network, organizations) = (LargeNetwork.Network, LargeNetwork.Organizations);

        Cancellation.AssertStopsShortlyAfterStart(token => ReinforcementCheck.Run(network, organizations, token));
    }

    [Fact]
    public void InitiativeIndexOf_GeneratedNetwork_EqualsTheFullReportsIndex()
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = 500, Seed = 4 });
        var ties = new OrganizationTies(NetworkProjector.Project(network, ProjectionKind.Organizations));
        var index = AgendaIndex.Build(network);

        var report = ReinforcementCheck.Run(index, ties, CancellationToken.None);
        var indexOnly = ReinforcementCheck.InitiativeIndexOf(index, ties, CancellationToken.None);

        Assert.True(report.PairCount > 0);
        Assert.Equal(report.Index, indexOnly);
    }
}
