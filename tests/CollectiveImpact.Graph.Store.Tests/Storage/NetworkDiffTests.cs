using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Tests.Storage;

/// <summary>
/// NetworkDiff on small networks written here, so every expected count can be checked by reading the two networks:
/// entries keyed as writes key them, lists compared by content, not by reference.
/// </summary>
public sealed class NetworkDiffTests
{
    private static readonly Network Before = new(
        new Initiative("init", "Initiative", "o-a"),
        [new Goal("g-1", "One"), new Goal("g-2", "Two")],
        [new Indicator("i-1", "Indicator", "g-1")],
        [new Measurement("i-1", new DateOnly(2024, 1, 1), 1), new Measurement("i-1", new DateOnly(2024, 2, 1), 2)],
        [new Organization("o-a", "A", Goals: ["g-1"]), new Organization("o-b", "B"), new Organization("o-c", "C")],
        [new Person("p-1", "P", "o-a")],
        [new Activity("a-1", "Activity", "o-a", ["o-b"], ["i-1"])],
        [new Tie("o-a", "o-b", TieType.Collaborates), new Tie("o-b", "o-c", TieType.Collaborates, 2)]);

    [Fact]
    public void Between_ANetworkAndItself_IsAllUnchanged()
    {
        var changes = NetworkDiff.Between(Before, Before);

        Assert.Equal(new KindChanges(0, 0, 0, Before.Nodes().Count() - 1), changes.Nodes);
        Assert.Equal(new KindChanges(0, 0, 0, 1), changes.Initiative);
        Assert.Equal(new KindChanges(0, 0, 0, 2), changes.Measurements);
        Assert.Equal(new KindChanges(0, 0, 0, 2), changes.Ties);
    }

    [Fact]
    public void Between_EqualEntriesWithNewListInstances_AreUnchanged()
    {
        // What a REPLACE with the exported network gives: every entry a new instance with equal content.
        var copy = Before with
        {
            Organizations = [.. Before.Organizations.Select(o => o with { Goals = [.. o.Goals] })],
            Activities = [.. Before.Activities.Select(a => a with { Partners = [.. a.Partners], Indicators = [.. a.Indicators] })],
        };

        var changes = NetworkDiff.Between(Before, copy);

        Assert.Equal(new KindChanges(0, 0, 0, 3), changes.Organizations);
        Assert.Equal(new KindChanges(0, 0, 0, 1), changes.Activities);
    }

    [Fact]
    public void Between_EditedNetwork_CountsAddedChangedRemovedAndUnchangedPerKind()
    {
        var after = Before with
        {
            Initiative = null,
            Goals = [new Goal("g-1", "One"), new Goal("g-2", "Two, renamed"), new Goal("g-3", "Three")],
            Measurements = [new Measurement("i-1", new DateOnly(2024, 2, 1), 2.5)],
            Organizations = [new Organization("o-a", "A", Goals: ["g-1", "g-2"]), new Organization("o-b", "B"), new Organization("o-d", "D")],
            Activities = [],
            Ties = [new Tie("o-b", "o-a", TieType.Collaborates), new Tie("o-b", "o-c", TieType.Collaborates, 3), new Tie("o-a", "o-b", TieType.Funds)],
        };

        var changes = NetworkDiff.Between(Before, after);

        Assert.Equal(new KindChanges(0, 0, 1, 0), changes.Initiative);
        Assert.Equal(new KindChanges(1, 1, 0, 1), changes.Goals);
        Assert.Equal(new KindChanges(0, 0, 0, 1), changes.Indicators);
        Assert.Equal(new KindChanges(0, 1, 1, 0), changes.Measurements);
        Assert.Equal(new KindChanges(1, 1, 1, 1), changes.Organizations);
        Assert.Equal(new KindChanges(0, 0, 0, 1), changes.People);
        Assert.Equal(new KindChanges(0, 0, 1, 0), changes.Activities);

        // o-b–o-a is the stored undirected o-a–o-b with its ends given the other way round: the same key, a changed entry.
        Assert.Equal(new KindChanges(1, 2, 0, 0), changes.Ties);
        Assert.Equal(new KindChanges(2, 2, 2, 4), changes.Nodes);
        Assert.Equal(new KindChanges(3, 5, 4, 4), changes.Total);
    }

    [Fact]
    public void Between_BeforeAndAfterAMerge_CountsWhatTheApplierKeptAsUnchanged()
    {
        var change = NetworkChange.Merge(Network.Empty with { People = [new Person("p-1", "P", "o-b"), new Person("p-2", "Q")] });

        var changes = NetworkDiff.Between(Before, NetworkChangeApplier.Apply(Before, change));

        Assert.Equal(new KindChanges(1, 1, 0, 0), changes.People);
        Assert.Equal(new KindChanges(1, 1, 0, Before.Nodes().Count() - 2), changes.Nodes);
    }
}
