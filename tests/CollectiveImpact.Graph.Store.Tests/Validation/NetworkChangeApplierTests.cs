using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using static CollectiveImpact.Graph.Store.Tests.Support.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Validation;

/// <summary>The reference semantics of a write (docs/format/network-format-v1.md, "Writes: merge and replace").</summary>
public sealed class NetworkChangeApplierTests
{
    [Fact]
    public void Apply_Replace_ResultIsExactlyTheUpserts()
    {
        var upserts = Network.Empty with { Goals = [new Goal("g", "Only")] };

        var result = NetworkChangeApplier.Apply(Small(), NetworkChange.Replace(upserts));

        Assert.Equal(Canonical(upserts), Canonical(result));
    }

    [Fact]
    public void Apply_MergeUpsertWithStoredId_ReplacesInPlaceAndAppendsNewInDocumentOrder()
    {
        var small = Small();
        var change = NetworkChange.Merge(Network.Empty with
        {
            Organizations = [new Organization("o-new", "New"), small.Organizations[1] with { Name = "Education Department" }, new Organization("o-newer", "Newer")],
        });

        var result = NetworkChangeApplier.Apply(small, change);

        Assert.Equal(["o-backbone", "o-ed", "o-x", "o-new", "o-newer"], result.Organizations.Select(o => o.Id));
        Assert.Equal("Education Department", result.Organizations[1].Name);
        Assert.Equal(Canonical(small with { Organizations = [] }), Canonical(result with { Organizations = [] }));
    }

    [Fact]
    public void Apply_MergeTieGivenReversed_ReplacesTheUndirectedTieInPlace()
    {
        var small = Small();
        var change = NetworkChange.Merge(Network.Empty with { Ties = [new Tie("o-x", "o-ed", TieType.Collaborates, 5)] });

        var result = NetworkChangeApplier.Apply(small, change);

        Assert.Equal(small.Ties.Count, result.Ties.Count);
        Assert.Equal(new Tie("o-x", "o-ed", TieType.Collaborates, 5), result.Ties[0]);
    }

    [Fact]
    public void Apply_MergeMeasurementOnStoredDate_ReplacesIt()
    {
        var small = Small();
        var change = NetworkChange.Merge(Network.Empty with { Measurements = [new Measurement("i-kindy", new DateOnly(2022, 6, 30), 79)] });

        var result = NetworkChangeApplier.Apply(small, change);

        Assert.Equal([79, 80.1], result.Measurements.Select(m => m.Value));
    }

    [Fact]
    public void Apply_MergeInitiative_ReplacedWhenGivenKeptWhenNot()
    {
        var small = Small();
        var replaced = NetworkChangeApplier.Apply(small, NetworkChange.Merge(Network.Empty with { Initiative = new Initiative("logan", "Logan Together 2") }));
        var kept = NetworkChangeApplier.Apply(small, NetworkChange.Merge(Network.Empty));

        Assert.Equal("Logan Together 2", replaced.Initiative!.Name);
        Assert.Equal(small.Initiative, kept.Initiative);
    }

    [Fact]
    public void Apply_DeleteNodes_CascadesTiesTouchingThemAndMeasurementsOfDeletedIndicators()
    {
        var small = Small();
        var change = new NetworkChange(
            Network.Empty with { Activities = [small.Activities[0] with { Partners = [], Indicators = [] }, small.Activities[1] with { Indicators = [] }] },
            DeleteNodes: ["o-x", "p-2", "i-kindy"]);

        Assert.Empty(NetworkChangeValidator.Validate(change, small));
        var result = NetworkChangeApplier.Apply(small, change);

        Assert.Equal(["o-backbone", "o-ed"], result.Organizations.Select(o => o.Id));
        Assert.Equal(["p-1"], result.People.Select(p => p.Id));
        Assert.Equal(["i-jobs"], result.Indicators.Select(i => i.Id));
        Assert.Empty(result.Measurements);
        Assert.Equal([small.Ties[2], small.Ties[3]], result.Ties);
    }

    [Fact]
    public void Apply_DeleteTiesAndMeasurements_RemovesThoseOnly()
    {
        var small = Small();
        var change = new NetworkChange(
            Network.Empty,
            DeleteTies: [new TieKey("o-x", "o-ed", TieType.Collaborates)],
            DeleteMeasurements: [new MeasurementKey("i-kindy", new DateOnly(2023, 6, 30))]);

        var result = NetworkChangeApplier.Apply(small, change);

        Assert.Equal(small.Ties.Skip(1), result.Ties);
        Assert.Equal([small.Measurements[0]], result.Measurements);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    public void Apply_MergeAGeneratedNetworkIntoItself_ChangesNothing(int seed)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = 80 });

        var result = NetworkChangeApplier.Apply(network, NetworkChange.Merge(network));

        Assert.Equal(Canonical(network), Canonical(result));
    }

    [Fact]
    public void Apply_MergeTwoHalvesOfAGeneratedNetwork_IsValidAndGivesTheWhole()
    {
        var whole = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 5, Organizations = 60 });
        var nodesOnly = whole with { Ties = [], Measurements = [] };
        var rest = Network.Empty with { Ties = whole.Ties, Measurements = whole.Measurements };

        var first = NetworkChangeApplier.Apply(Network.Empty, NetworkChange.Merge(nodesOnly));
        Assert.Empty(NetworkChangeValidator.Validate(NetworkChange.Merge(rest), first));
        var second = NetworkChangeApplier.Apply(first, NetworkChange.Merge(rest));

        Assert.Equal(Canonical(whole), Canonical(second));
    }
}
