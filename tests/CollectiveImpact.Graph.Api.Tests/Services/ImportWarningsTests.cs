using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Tests.Services;

/// <summary>
/// MOST_OF_NETWORK_REMOVED at its threshold: more than half of the stored nodes, or more than half of the stored
/// ties; exactly half is not most. Counts are written here, so each case reads off its expected answer.
/// </summary>
public sealed class ImportWarningsTests
{
    [Theory]
    [InlineData(5, 5, 0, 0, false)] // exactly half of the nodes
    [InlineData(6, 4, 0, 0, true)] // more than half of the nodes
    [InlineData(0, 10, 2, 2, false)] // half of the ties
    [InlineData(0, 10, 3, 2, true)] // more than half of the ties, few nodes
    [InlineData(0, 0, 0, 0, false)] // an empty store loses nothing
    public void For_RemovedShare_WarnsOnlyAboveHalf(int nodesRemoved, int nodesKept, int tiesRemoved, int tiesKept, bool warns)
    {
        var changes = Changes(new KindChanges(0, 0, nodesRemoved, nodesKept), new KindChanges(0, 0, tiesRemoved, tiesKept));

        var warnings = ImportWarnings.For(changes, dryRun: true);

        Assert.Equal(warns ? [ImportWarning.MostOfNetworkRemoved] : [], warnings.Select(w => w.Code));
    }

    [Fact]
    public void For_MostRemoved_SaysTheNumbersAndWhetherItWasWritten()
    {
        var changes = Changes(new KindChanges(0, 1, 1500, 499), new KindChanges(0, 0, 10, 30));

        var dry = Assert.Single(ImportWarnings.For(changes, dryRun: true));
        var real = Assert.Single(ImportWarnings.For(changes, dryRun: false));

        Assert.Equal(
            "This import would remove most of the network: 1,500 of 2,000 nodes (75%) and 10 of 40 ties (25%) stored before it. Nothing was written.",
            dry.Message);
        Assert.StartsWith("This import removed most of the network: 1,500 of 2,000 nodes (75%)", real.Message, StringComparison.Ordinal);
    }

    /// <summary>All the nodes' changes on goals, so <see cref="NetworkChanges.Nodes"/> is exactly <paramref name="nodes"/>.</summary>
    private static NetworkChanges Changes(KindChanges nodes, KindChanges ties) =>
        new(KindChanges.None, nodes, KindChanges.None, KindChanges.None, KindChanges.None, KindChanges.None, KindChanges.None, ties);
}
