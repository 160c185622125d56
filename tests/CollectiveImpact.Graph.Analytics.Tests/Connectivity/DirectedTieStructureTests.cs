using CollectiveImpact.Graph.Analytics.Connectivity;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Connectivity;

/// <summary>
/// Expected values: the small graphs by inspection; the sample's counts from NetworkX 3.6.1 on the tie type's
/// <c>DiGraph</c> built from samples/riverbend-thrives.network.json (<c>number_of_nodes</c>, <c>number_of_edges</c>,
/// <c>len(list(nx.strongly_connected_components(G)))</c>, <c>nx.is_directed_acyclic_graph(G)</c>).
/// </summary>
public sealed class DirectedTieStructureTests
{
    [Fact]
    public void Compute_FundingThatGoesRound_IsOneCycleAndHasNoOrder()
    {
        // o1 → o2 → o3 → o1 goes round; o3 → o4 and o4 → a1 leave it.
        var network = new NetworkBuilder()
            .Goal("g").Indicator("i", "g").Organizations("o2", "o1", "o3", "o4").Activity("a1", "o4", ["i"])
            .Tie("o1", "o2", TieType.Funds).Tie("o2", "o3", TieType.Funds).Tie("o3", "o1", TieType.Funds)
            .Tie("o3", "o4", TieType.Funds).Tie("o4", "a1", TieType.Funds)
            .Build();

        var result = DirectedTieStructure.Compute(network, TieType.Funds);

        Assert.Equal(["o1", "o2", "o3"], Assert.Single(result.Cycles));
        Assert.False(result.IsAcyclic);
        Assert.Null(result.TopologicalOrder);
        Assert.Equal((5, 5, 3), (result.NodeCount, result.TieCount, result.StronglyConnectedComponentCount));
    }

    [Fact]
    public void Compute_ActivityFeedingItself_IsACycleOfOne()
    {
        var network = new NetworkBuilder()
            .Goal("g").Indicator("i", "g").Organization("o")
            .Activity("a1", "o", ["i"]).Activity("a2", "o", ["i"])
            .FeedsInto("a1", "a1").FeedsInto("a1", "a2")
            .Build();

        var result = DirectedTieStructure.Compute(network, TieType.FeedsInto);

        Assert.Equal(["a1"], Assert.Single(result.Cycles));
        Assert.Null(result.TopologicalOrder);
    }

    [Fact]
    public void Compute_Pipeline_OrdersEveryActivityBeforeThoseItFeeds()
    {
        // z → m → a is a chain (ids against the flow); b → a joins it; lone has no tie.
        var network = new NetworkBuilder()
            .Goal("g").Indicator("i", "g").Organization("o")
            .Activity("a", "o", ["i"]).Activity("b", "o", ["i"]).Activity("lone", "o", ["i"]).Activity("m", "o", ["i"]).Activity("z", "o", ["i"])
            .FeedsInto("z", "m").FeedsInto("m", "a").FeedsInto("b", "a")
            .Build();

        var result = DirectedTieStructure.Compute(network, TieType.FeedsInto);

        Assert.True(result.IsAcyclic);
        Assert.Empty(result.Cycles);
        var order = Assert.IsAssignableFrom<IReadOnlyList<string>>(result.TopologicalOrder);
        Assert.Equal(["a", "b", "lone", "m", "z"], order.Order(StringComparer.Ordinal));
        AssertEveryTieGoesForward(network, TieType.FeedsInto, order);
        Assert.Equal(["z", "m", "a"], order.Where(id => id is "z" or "m" or "a"));
        Assert.Equal(5, result.StronglyConnectedComponentCount);
    }

    [Theory]
    [InlineData(TieType.Funds, 149, 24)]
    [InlineData(TieType.FeedsInto, 82, 13)]
    [InlineData(TieType.Refers, 67, 17)]
    [InlineData(TieType.SharesData, 67, 15)]
    public void Compute_Sample_IsAcyclicAsNetworkXFinds(TieType type, int nodes, int ties)
    {
        var network = RiverbendSample.Load();

        var result = DirectedTieStructure.Compute(network, type);

        Assert.Equal((nodes, ties, nodes), (result.NodeCount, result.TieCount, result.StronglyConnectedComponentCount));
        Assert.True(result.IsAcyclic);
        var order = Assert.IsAssignableFrom<IReadOnlyList<string>>(result.TopologicalOrder);
        Assert.Equal(nodes, order.Count);
        AssertEveryTieGoesForward(network, type, order);
    }

    [Fact]
    public void Compute_UndirectedTieType_IsRejected()
    {
        var network = new NetworkBuilder().Organizations("o1", "o2").Tie("o1", "o2").Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => DirectedTieStructure.Compute(network, TieType.Collaborates));
    }

    private static void AssertEveryTieGoesForward(Network network, TieType type, IReadOnlyList<string> order)
    {
        var position = order.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        Assert.All(network.Ties.Where(t => t.Type == type), t => Assert.True(position[t.From] < position[t.To], $"{t.From} → {t.To} goes backward."));
    }
}
