using CollectiveImpact.Graph.Api.Caching;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>
/// Fingerprints carried from one version to the next equal those computed afresh, and change exactly with the parts a
/// write touched. Expected values: fresh computations on generated networks (<see cref="NetworkGenerator"/>).
/// </summary>
public sealed class NetworkFingerprintsTests
{
    [Fact]
    public void Of_GoalDescriptionChange_ChangesGoalDescriptionsOnlyAndKeepsEveryAnalysisRead()
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 3, Organizations = 12 });
        var before = new ProjectedNetwork(new NetworkSnapshot(1, network));
        var beforeFingerprints = new NetworkFingerprints(before, previous: null);
        var centrality = AnalysisReads.Of("centrality", Analytics.Projections.ProjectionKind.Organizations)!;
        var gaps = AnalysisReads.Of("gaps", null)!;
        var (centralityBefore, gapsBefore) = (beforeFingerprints.Of(centrality), beforeFingerprints.Of(gaps));
        var changed = NetworkChangeApplier.Apply(
            network, NetworkChange.Merge(Network.Empty with { Goals = [network.Goals[0] with { Description = "Changed" }] }));

        var after = new ProjectedNetwork(new NetworkSnapshot(2, changed), before);
        var carried = new NetworkFingerprints(after, beforeFingerprints);
        var fresh = new NetworkFingerprints(new ProjectedNetwork(new NetworkSnapshot(2, changed)), previous: null);

        Assert.Equal(centralityBefore, carried.Of(centrality));
        Assert.Equal(gapsBefore, carried.Of(gaps));
        Assert.True(carried.IsReady(AnalysisReads.Of("indicatorProgress", null)!), "indicators and measurements carried over, not hashed again");
        foreach (var part in Enum.GetValues<NetworkPart>())
        {
            Assert.Equal(fresh.Of(part), carried.Of(part));
            Assert.Equal(part == NetworkPart.GoalDescriptions, beforeFingerprints.Of(part) != carried.Of(part));
        }

        Assert.Equal(fresh.Of(gaps), carried.Of(gaps));
    }

    [Theory]
    [InlineData("gaps", true)]
    [InlineData("reinforcement", true)]
    [InlineData("brokerage", true)]
    [InlineData("whatIf", true)]
    [InlineData("overlaps", false)]
    public void Of_GoalRename_ChangesTheKeysOfWhatReadsGoalNames(string analysis, bool reads)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 4, Organizations = 12 });
        var before = new NetworkFingerprints(new ProjectedNetwork(new NetworkSnapshot(1, network)), previous: null);
        var changed = NetworkChangeApplier.Apply(
            network, NetworkChange.Merge(Network.Empty with { Goals = [network.Goals[0] with { Name = "Renamed" }] }));

        var after = new NetworkFingerprints(new ProjectedNetwork(new NetworkSnapshot(2, changed)), before);

        var what = AnalysisReads.Of(analysis, null)!;
        Assert.Equal(reads, before.Of(what) != after.Of(what));
    }

    [Fact]
    public void Of_CollaborationTieWeightChange_KeepsEveryAgendaAnalysisButNotTheTiesPart()
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 5, Organizations = 12 });
        var tie = network.Ties.First(t => t.Type != TieType.FeedsInto);
        var before = new NetworkFingerprints(new ProjectedNetwork(new NetworkSnapshot(1, network)), previous: null);
        var changed = NetworkChangeApplier.Apply(network, NetworkChange.Merge(Network.Empty with { Ties = [tie with { Weight = (tie.Weight ?? 1) + 2 }] }));

        var after = new NetworkFingerprints(new ProjectedNetwork(new NetworkSnapshot(2, changed)), before);

        Assert.NotEqual(before.Of(NetworkPart.Ties), after.Of(NetworkPart.Ties));
        foreach (var analysis in new[] { "gaps", "overlaps", "reinforcement", "brokerage", "whatIf" })
        {
            var what = AnalysisReads.Of(analysis, null)!;
            Assert.Equal(before.Of(what), after.Of(what));
        }
    }
}
